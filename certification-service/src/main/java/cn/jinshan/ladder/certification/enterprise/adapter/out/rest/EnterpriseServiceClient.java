package cn.jinshan.ladder.certification.enterprise.adapter.out.rest;

import cn.jinshan.ladder.certification.enterprise.application.EnterpriseDirectory;
import cn.jinshan.ladder.certification.enterprise.application.EnterpriseSnapshot;
import cn.jinshan.ladder.kit.error.DependencyUnavailableException;
import cn.jinshan.ladder.kit.error.NotFoundException;
import io.github.resilience4j.circuitbreaker.annotation.CircuitBreaker;
import io.github.resilience4j.retry.annotation.Retry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a firm's profile and latest metrics from enterprise-service, relaying the caller's bearer token; retried
 * (timeouts, connect failures and 5xx only: a 404 is the answer, never retried) and guarded by a circuit breaker, and
 * answering "enterprise-service unavailable" (503) when it cannot.
 */
@Component
class EnterpriseServiceClient implements EnterpriseDirectory {

    static final String NAME = "enterprise-service";
    static final int PAGE_SIZE = 100;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(EnterpriseServiceClient.class);

    private final RestClient rest;

    EnterpriseServiceClient(RestClient enterpriseServiceRestClient) {
        this.rest = enterpriseServiceRestClient;
    }

    @Override
    @Retry(name = NAME, fallbackMethod = "unavailable")
    @CircuitBreaker(name = NAME)
    public EnterpriseSnapshot snapshot(String enterpriseId) {
        JsonNode profile = get("/api/enterprises/{id}", enterpriseId);
        JsonNode metrics = get("/api/enterprises/{id}/metrics", enterpriseId);
        return EnterpriseResponses.snapshot(enterpriseId, profile, metrics);
    }

    @Override
    @Retry(name = NAME, fallbackMethod = "listUnavailable")
    @CircuitBreaker(name = NAME)
    public List<String> enterpriseIds() {
        List<String> ids = new ArrayList<>();
        int page = 0;
        long pages;
        do {
            JsonNode body = get("/api/enterprises?page={page}&size=" + PAGE_SIZE, String.valueOf(page));
            ids.addAll(EnterpriseResponses.ids(body));
            pages = body.path("totalPages").asLong(0);
            page++;
        } while (page < pages);
        return ids;
    }

    List<String> listUnavailable(Throwable failure) {
        log.warn("enterprise-service unavailable for the enterprise list: {}", failure.toString());
        throw new DependencyUnavailableException(
                NAME, "enterprise-service is unavailable: cannot list enterprises now", failure);
    }

    EnterpriseSnapshot unavailable(String enterpriseId, Throwable failure) {
        if (failure instanceof NotFoundException notFound) {
            throw notFound;
        }
        log.warn("enterprise-service unavailable for enterprise {}: {}", enterpriseId, failure.toString());
        throw new DependencyUnavailableException(
                NAME, "enterprise-service is unavailable: cannot read enterprise " + enterpriseId + " now", failure);
    }

    private JsonNode get(String path, String variable) {
        try {
            return rest.get()
                    .uri(path, variable)
                    .headers(headers -> bearer().ifPresent(token -> headers.set(HttpHeaders.AUTHORIZATION, token)))
                    .retrieve()
                    .body(JsonNode.class);
        } catch (HttpStatusCodeException e) {
            int status = e.getStatusCode().value();
            if (status == HttpStatus.NOT_FOUND.value()) {
                throw new NotFoundException("enterprise", variable);
            }
            if (e.getStatusCode().is5xxServerError()) {
                throw new EnterpriseServiceCallFailed("enterprise-service answered " + status, e);
            }
            throw new EnterpriseServiceRefused("enterprise-service refused the call with " + status, e);
        } catch (ResourceAccessException e) {
            throw new EnterpriseServiceCallFailed(
                    "enterprise-service did not answer in time or refused the connection", e);
        } catch (RestClientException e) {
            throw new EnterpriseServiceRefused("enterprise-service answered unreadably", e);
        }
    }

    private static Optional<String> bearer() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken jwt) {
            return Optional.of("Bearer " + jwt.getToken().getTokenValue());
        }
        return Optional.empty();
    }
}
