package cn.jinshan.ladder.probes;

import java.util.List;

/**
 * What a mass-assignment run did: injections sent, rejected as a {@code validation} problem naming the field with
 * rule {@code unknown}, accepted with a 2xx; every other outcome and every changed read-back is a failure.
 */
public record MassAssignmentReport(
        String service,
        int operations,
        int injections,
        int rejected,
        int accepted,
        List<String> declaredSkipped,
        List<String> generatedBodies,
        List<String> failures) {

    public MassAssignmentReport {
        declaredSkipped = List.copyOf(declaredSkipped);
        generatedBodies = List.copyOf(generatedBodies);
        failures = List.copyOf(failures);
    }

    /** The greppable figures line. */
    public String line() {
        return "SECURITY mass-assignment service=%s operations=%d injections=%d rejected=%d accepted=%d"
                .formatted(service, operations, injections, rejected, accepted);
    }

    /** Fails with the figures and every failure unless each injection was rejected and changed nothing. */
    public void assertClean() {
        if (!failures.isEmpty() || rejected != injections) {
            throw new AssertionError(line() + System.lineSeparator() + String.join(System.lineSeparator(), failures));
        }
    }
}
