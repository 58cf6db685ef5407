package cn.jinshan.ladder.gateway.fallback;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.netty.handler.timeout.ReadTimeoutException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

class FallbackReasonTest {

    @Test
    void aTimeLimiterTimeoutIsATimeout() {
        assertThat(FallbackReason.of(new TimeoutException("Did not observe any item")))
                .isEqualTo(FallbackReason.TIMEOUT);
    }

    @Test
    void aReadTimeoutOrGatewayTimeoutIsATimeout() {
        assertThat(FallbackReason.of(ReadTimeoutException.INSTANCE)).isEqualTo(FallbackReason.TIMEOUT);
        assertThat(FallbackReason.of(new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT)))
                .isEqualTo(FallbackReason.TIMEOUT);
    }

    @Test
    void anOpenCircuitIsNamedSo() {
        CircuitBreaker breaker = CircuitBreaker.ofDefaults("enterprise-service");
        breaker.transitionToOpenState();

        assertThat(FallbackReason.of(CallNotPermittedException.createCallNotPermittedException(breaker)))
                .isEqualTo(FallbackReason.CIRCUIT_OPEN);
    }

    @Test
    void aRefusedConnectionOrUnknownErrorIsUnreachable() {
        assertThat(FallbackReason.of(new ConnectException("Connection refused")))
                .isEqualTo(FallbackReason.UNREACHABLE);
        assertThat(FallbackReason.of(new IllegalStateException("boom", new ConnectException())))
                .isEqualTo(FallbackReason.UNREACHABLE);
        assertThat(FallbackReason.of(null)).isEqualTo(FallbackReason.UNREACHABLE);
    }

    @Test
    void looksThroughWrappingExceptions() {
        assertThat(FallbackReason.of(new IllegalStateException(new TimeoutException())))
                .isEqualTo(FallbackReason.TIMEOUT);
    }
}
