package cn.jinshan.ladder.enterprise.cohort.adapter.out.rest;

import cn.jinshan.ladder.enterprise.cohort.application.CandidateSource;
import cn.jinshan.ladder.enterprise.cohort.application.CandidatesUnavailableException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.retry.annotation.Retry;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;

/**
 * Counts a programme's candidates with {@code GET /api/eligibility/candidates?programme=} of certification-service,
 * relaying the caller's bearer token; retried, guarded by a circuit breaker, and reporting why when it cannot.
 */
@Component
class CertificationServiceClient implements CandidateSource {

    static final String NAME = "certification-service";
    private static final Logger log = LoggerFactory.getLogger(CertificationServiceClient.class);

    private final RestClient rest;

    CertificationServiceClient(RestClient certificationServiceRestClient) {
        this.rest = certificationServiceRestClient;
    }

    @Override
    @Retry(name = NAME, fallbackMethod = "unavailable")
    @CircuitBreaker(name = NAME)
    public OptionalLong count(String programme) {
        JsonNode body;
        try {
            body = rest.get()
                    .uri("/api/eligibility/candidates?programme={programme}", programme)
                    .headers(headers -> bearer().ifPresent(token -> headers.set(HttpHeaders.AUTHORIZATION, token)))
                    .retrieve()
                    .body(JsonNode.class);
        } catch (HttpStatusCodeException e) {
            int status = e.getStatusCode().value();
            if (status == 400 || status == 404) {
                return OptionalLong.empty();
            }
            if (status == 401 || status == 403) {
                throw new CandidatesUnavailableException(
                        "certification-service refused the caller's token (" + status + ")", e);
            }
            throw new CertificationCallFailed("certification-service answered " + status, e);
        } catch (ResourceAccessException e) {
            throw new CertificationCallFailed("certification-service did not answer in time", e);
        } catch (RestClientException e) {
            throw new CertificationCallFailed("certification-service answered unreadably", e);
        }
        if (body == null || !body.isArray()) {
            throw new CertificationCallFailed("certification-service answered without a list of candidates", null);
        }
        return OptionalLong.of(body.size());
    }

    OptionalLong unavailable(String programme, Throwable failure) {
        if (failure instanceof CandidatesUnavailableException known) {
            throw known;
        }
        String reason = failure instanceof CallNotPermittedException
                ? "certification-service is failing; calls are paused for a while (circuit open)"
                : failure.getMessage();
        log.warn("candidates of {} unavailable: {}", programme, failure.toString());
        throw new CandidatesUnavailableException(reason, failure);
    }

    private static Optional<String> bearer() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken jwt) {
            return Optional.of("Bearer " + jwt.getToken().getTokenValue());
        }
        return Optional.empty();
    }
}
