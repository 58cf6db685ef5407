package cn.jinshan.ladder.systemtest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs the repository's {@code ./ladder} script against a data directory of its own. */
final class Launcher {

    private static volatile boolean sharedStackUp;

    private final Path root;
    private final Path dataDir;

    /** Set while {@link SharedStack} keeps the stack up for the whole run: {@code up} then has nothing to do. */
    static void sharedStackUp(boolean up) {
        sharedStackUp = up;
    }

    Launcher(Path root, Path dataDir) {
        this.root = root;
        this.dataDir = dataDir;
    }

    Path dataDir() {
        return dataDir;
    }

    /** Runs {@code ./ladder <args>}, echoing its output, and returns its exit code. */
    int run(Duration timeout, String... args) throws IOException, InterruptedException {
        if (sharedStackUp && args.length > 0 && args[0].equals("up")) {
            System.out.println("[ladder] the shared stack of this run is already up");
            return 0;
        }
        if (args.length > 0 && args[0].equals("down")) {
            sharedStackUp = false;
        }
        List<String> command = Stream.concat(Stream.of(root.resolve("ladder").toString()), Stream.of(args))
                .toList();
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().put("LADDER_DATA_DIR", dataDir.toString());
        Process process = builder.start();
        Thread echo = new Thread(() -> echo(process), "ladder-output");
        echo.start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroy();
            throw new AssertionError("./ladder " + String.join(" ", args) + " did not finish within " + timeout);
        }
        echo.join(TimeUnit.SECONDS.toMillis(5));
        return process.exitValue();
    }

    /** The PIDs the launcher recorded in {@code <data>/run/*.pid}. */
    List<Long> recordedPids() throws IOException {
        Path run = dataDir.resolve("run");
        if (!Files.isDirectory(run)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(run)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".pid"))
                    .map(Launcher::readPid)
                    .toList();
        }
    }

    private static long readPid(Path file) {
        try {
            return Long.parseLong(Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void echo(Process process) {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            lines.lines().forEach(line -> System.out.println("[ladder] " + line));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
