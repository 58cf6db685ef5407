package cn.jinshan.ladder.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.kit.test.TestUser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.gateway.handler.predicate.PredicateDefinition;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.cloud.gateway.route.RouteDefinitionLocator;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * The kit's catalogue of bad tokens (11 kinds) against every path pattern of every route the gateway is configured
 * with (read from its {@link RouteDefinitionLocator}) plus the token-protected actuator endpoints, with GET and POST:
 * every call is a 401 problem and no request reaches a service.
 */
class BadTokensIT extends GatewayWithKitIssuer {

    private static final List<String> PROTECTED_ACTUATOR_PATHS = List.of("/actuator/info", "/actuator/prometheus");

    @Autowired
    RouteDefinitionLocator routeDefinitions;

    @Test
    void everyRouteRefusesEveryBadTokenAndNothingReachesAService() {
        List<RouteDefinition> routes =
                routeDefinitions.getRouteDefinitions().collectList().block();
        assertThat(routes).hasSizeGreaterThanOrEqualTo(4);
        List<String> paths = new ArrayList<>(probePaths(routes));
        paths.addAll(PROTECTED_ACTUATOR_PATHS);
        TestUser user = TestUser.enterprise("91310116MA1J8K3L22");
        services().forEach(service -> service.stubFor(any(anyUrl()).willReturn(okJson("{}"))));

        // a valid token is accepted (and remembered by the caching decoder) on every path first
        String valid = issuer.token(user);
        for (String path : paths) {
            client.get()
                    .uri(path)
                    .headers(bearer(valid))
                    .exchange()
                    .expectStatus()
                    .is2xxSuccessful();
        }
        services().forEach(service -> service.resetRequests());

        Map<String, String> badTokens = issuer.badTokens(user);
        assertThat(badTokens).hasSize(11);
        List<String> accepted = new ArrayList<>();
        int calls = 0;
        for (String path : paths) {
            for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.POST)) {
                for (Map.Entry<String, String> bad : badTokens.entrySet()) {
                    calls++;
                    EntityExchangeResult<String> result = client.method(method)
                            .uri(path)
                            .headers(bearer(bad.getValue()))
                            .contentType(MediaType.APPLICATION_JSON)
                            .bodyValue("{}")
                            .exchange()
                            .expectBody(String.class)
                            .returnResult();
                    boolean refused = result.getStatus().value() == 401
                            && MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(
                                    result.getResponseHeaders().getContentType())
                            && result.getResponseBody().contains(PROBLEMS + "unauthorized");
                    if (!refused) {
                        accepted.add(method + " " + path + " with " + bad.getKey() + " -> " + result.getStatus());
                    }
                }
            }
        }
        long reached = services()
                .mapToLong(service -> service.countRequestsMatching(
                                anyRequestedFor(anyUrl()).build())
                        .getCount())
                .sum();

        System.out.println(String.format(
                "SECURITY bad-tokens gateway routes=%d paths=%d kinds=%d calls=%d accepted=%d reachedServices=%d",
                routes.size(), paths.size(), badTokens.size(), calls, accepted.size(), reached));
        assertThat(accepted).isEmpty();
        assertThat(reached).isZero();
        assertThat(calls).isEqualTo(paths.size() * 2 * badTokens.size());
    }

    /** Each {@code Path} pattern of each route as a concrete path ({@code /**} becomes one more segment). */
    private static Set<String> probePaths(List<RouteDefinition> routes) {
        Set<String> paths = new LinkedHashSet<>();
        for (RouteDefinition route : routes) {
            for (PredicateDefinition predicate : route.getPredicates()) {
                if (predicate.getName().equals("Path")) {
                    predicate.getArgs().values().forEach(pattern -> paths.add(pattern.replace("/**", "/probe-1")));
                }
            }
        }
        assertThat(paths).allMatch(path -> path.startsWith("/api/") && !path.contains("*"));
        return paths;
    }
}
