package cn.jinshan.ladder.probes;

/**
 * One response that broke a rule: {@code kind} is {@code 5xx}, {@code schema} or {@code leak}; {@code seed} and
 * {@code index} regenerate the same request with {@code ApiFuzzer.replay(index)} after {@code seed(seed)}.
 */
public record Finding(
        String service,
        long seed,
        int index,
        String kind,
        String operation,
        String mutation,
        String request,
        int status,
        String detail) {

    /** One line that says what was sent, what came back and how to send it again. */
    public String reproduction() {
        return "%s service=%s seed=%d index=%d status=%d %s | %s | mutation: %s | request: %s"
                .formatted(kind, service, seed, index, status, detail, operation, mutation, request);
    }
}
