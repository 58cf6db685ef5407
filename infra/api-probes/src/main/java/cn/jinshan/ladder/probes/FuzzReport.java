package cn.jinshan.ladder.probes;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a fuzz run did and found: requests with a 5xx (or no answer), with an answer breaking its schema or the
 * problem format, and with an internal detail in the body; {@code findings} keeps the first ones in index order.
 */
public record FuzzReport(
        String service,
        int operations,
        int requests,
        int serverErrors,
        int schemaViolations,
        int leaks,
        long seed,
        long millis,
        List<String> skipped,
        List<Finding> findings) {

    public FuzzReport {
        skipped = List.copyOf(skipped);
        findings = List.copyOf(findings);
    }

    /** The greppable figures line. */
    public String line() {
        return "SECURITY fuzz service=%s operations=%d requests=%d 5xx=%d schemaViolations=%d leaks=%d seed=%d ms=%d"
                .formatted(service, operations, requests, serverErrors, schemaViolations, leaks, seed, millis);
    }

    public boolean clean() {
        return serverErrors == 0 && schemaViolations == 0 && leaks == 0;
    }

    /** Fails with the figures and the first {@code shown} findings, each a reproducible line. */
    public void assertClean(int shown) {
        if (!clean()) {
            throw new AssertionError(line() + System.lineSeparator()
                    + findings.stream()
                            .limit(shown)
                            .map(Finding::reproduction)
                            .collect(Collectors.joining(System.lineSeparator()))
                    + System.lineSeparator()
                    + "replay one: ApiFuzzer.forService(...).seed(" + seed + ").replay(<index>)");
        }
    }

    /** {@link #assertClean(int)} showing the first 20 findings. */
    public void assertClean() {
        assertClean(20);
    }
}
