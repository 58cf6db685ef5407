package cn.jinshan.ladder.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the real stack once for every system test of the module ({@code ./ladder up --detach} in
 * {@code data/system-test}, with fresh service data) and stops it when the run ends. {@link LadderSystemIT}, which
 * runs last, finds it up and stops it itself. With {@code LADDER_SYSTEM_TEST_EXTERNAL_STACK=true} an already running
 * stack on the default ports is used and neither started nor stopped.
 */
final class SharedStack implements BeforeAllCallback {

    static boolean external() {
        return "true".equalsIgnoreCase(System.getenv("LADDER_SYSTEM_TEST_EXTERNAL_STACK"));
    }

    /**
     * The launcher of the stack the tests run against: the shared one in {@code data/system-test}, or with an external
     * stack the data directory it was started with ({@code LADDER_DATA_DIR}, by default {@code data}).
     */
    static Launcher launcher() {
        Path root = Path.of(System.getProperty("ladder.root", "../.."))
                .toAbsolutePath()
                .normalize();
        if (!external()) {
            return new Launcher(root, root.resolve("data/system-test"));
        }
        String dataDir = System.getenv("LADDER_DATA_DIR");
        return new Launcher(root, dataDir == null || dataDir.isBlank() ? root.resolve("data") : Path.of(dataDir));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        TestOutput.record();
        if (external()) {
            return;
        }
        context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(SharedStack.class, key -> start(), Running.class);
    }

    private static Running start() {
        Launcher launcher = launcher();
        try {
            // the journeys rely on the seeded demo data: drop what earlier runs left (Keycloak and the jars stay)
            delete(launcher.dataDir().resolve("mongo"));
            delete(launcher.dataDir().resolve("kafka"));
            List<String> up = new ArrayList<>(List.of("up", "--detach"));
            Arrays.stream(System.getProperty("ladder.up.args", "").split("\\s+"))
                    .filter(arg -> !arg.isBlank())
                    .forEach(up::add);
            int exit = launcher.run(Duration.ofMinutes(12), up.toArray(String[]::new));
            assertThat(exit)
                    .as(
                            "./ladder up --detach failed; logs in %s",
                            launcher.dataDir().resolve("logs"))
                    .isZero();
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        Launcher.sharedStackUp(true);
        return new Running(launcher);
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    /** The started stack; closing the root store (the end of the run) stops it unless a test already did. */
    private record Running(Launcher launcher) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            Launcher.sharedStackUp(false);
            launcher.run(Duration.ofMinutes(3), "down");
        }
    }
}
