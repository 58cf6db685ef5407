package cn.jinshan.ladder.systemtest;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies everything the system tests print (their own lines and the launcher's echoed output) into one file. */
final class TestOutput {

    private static Path file;

    private TestOutput() {}

    /** Starts the copy once per run, into {@code target/system-test-output.log} (or {@code -Dladder.test.output}). */
    static synchronized Path record() {
        if (file != null) {
            return file;
        }
        Path target = Path.of(System.getProperty("ladder.test.output", "target/system-test-output.log"))
                .toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            OutputStream copy = new FileOutputStream(target.toFile(), false);
            System.setOut(new PrintStream(new Tee(System.out, copy), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new Tee(System.err, copy), true, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        file = target;
        return file;
    }

    /** Writes to the original stream and to the file. */
    private static final class Tee extends OutputStream {
        private final OutputStream original;
        private final OutputStream copy;

        Tee(OutputStream original, OutputStream copy) {
            this.original = original;
            this.copy = copy;
        }

        @Override
        public void write(int b) throws IOException {
            original.write(b);
            synchronized (copy) {
                copy.write(b);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            original.write(bytes, offset, length);
            synchronized (copy) {
                copy.write(bytes, offset, length);
            }
        }

        @Override
        public void flush() throws IOException {
            original.flush();
            synchronized (copy) {
                copy.flush();
            }
        }
    }
}
