package cn.jinshan.ladder.gateway.fallback;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Why a circuit breaker sent a request to its fallback, told from the error it caught. */
enum FallbackReason {
    TIMEOUT("timeout", "The service did not answer in time."),
    CIRCUIT_OPEN("circuit-open", "Recent calls to the service failed, so the gateway is not calling it for a moment."),
    UNREACHABLE("unreachable", "The gateway could not reach the service.");

    private final String code;
    private final String explanation;

    FallbackReason(String code, String explanation) {
        this.code = code;
        this.explanation = explanation;
    }

    String code() {
        return code;
    }

    String explanation() {
        return explanation;
    }

    static FallbackReason of(@Nullable Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof CallNotPermittedException) {
                return CIRCUIT_OPEN;
            }
            if (cause instanceof TimeoutException
                    || cause instanceof io.netty.handler.timeout.TimeoutException
                    || (cause instanceof ResponseStatusException statusError
                            && statusError.getStatusCode().value() == HttpStatus.GATEWAY_TIMEOUT.value())) {
                return TIMEOUT;
            }
        }
        return UNREACHABLE;
    }
}
