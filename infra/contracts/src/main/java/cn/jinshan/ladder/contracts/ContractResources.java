package cn.jinshan.ladder.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Reads and lists the contract files under {@code contracts/} on the class path, in folders and in jars. */
final class ContractResources {

    static final String ROOT = "contracts/";
    static final String SCHEMAS = ROOT + "schemas/";
    static final String EXAMPLES = ROOT + "examples/";

    private final ClassLoader classLoader;

    ContractResources(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** The UTF-8 text of a resource, e.g. {@code contracts/schemas/envelope.v1.schema.json}. */
    Optional<String> read(String path) {
        try (InputStream in = classLoader.getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** Names of the files directly inside a folder such as {@code contracts/schemas/}, across the class path. */
    SortedSet<String> list(String folder) {
        SortedSet<String> names = new TreeSet<>();
        try {
            for (URL url : Collections.list(classLoader.getResources(folder))) {
                switch (url.getProtocol()) {
                    case "file" -> listFolder(Path.of(url.toURI()), names);
                    case "jar" -> listJar((JarURLConnection) url.openConnection(), folder, names);
                    default -> throw new IllegalStateException("cannot list contracts in " + url);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot list " + folder, e);
        }
        return names;
    }

    private static void listFolder(Path folder, SortedSet<String> names) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(Files::isRegularFile)
                    .map(file -> file.getFileName().toString())
                    .forEach(names::add);
        }
    }

    private static void listJar(JarURLConnection connection, String folder, SortedSet<String> names)
            throws IOException {
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            jar.stream()
                    .map(JarEntry::getName)
                    .filter(name -> name.startsWith(folder) && name.length() > folder.length())
                    .map(name -> name.substring(folder.length()))
                    .filter(name -> !name.contains("/"))
                    .forEach(names::add);
        }
    }
}
