package cn.jinshan.ladder.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.kit.test.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * The CORS allowlist: a foreign origin's preflight and request are refused without CORS headers and reach no
 * service; the allow-listed origin gets exactly its origin back; the web app's same-origin calls are untouched.
 */
class CorsIT extends GatewayWithKitIssuer {

    private static final String FOREIGN = "https://evil.example";

    @Test
    void aForeignOriginsPreflightIsRefusedWithoutCorsHeaders() {
        client.options()
                .uri("/api/programmes")
                .header(HttpHeaders.ORIGIN, FOREIGN)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type")
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
                .expectHeader()
                .doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS);
        services().forEach(service -> service.verify(0, anyRequestedFor(anyUrl())));
    }

    @Test
    void aForeignOriginsRequestGetsNoAllowOriginAndReachesNoService() {
        String token = issuer.token(TestUser.official());
        client.get()
                .uri("/api/programmes")
                .header(HttpHeaders.ORIGIN, FOREIGN)
                .headers(bearer(token))
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(PROBLEMS + "forbidden");
        client.get()
                .uri("/actuator/health")
                .header(HttpHeaders.ORIGIN, FOREIGN)
                .exchange()
                .expectHeader()
                .doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
        services().forEach(service -> service.verify(0, anyRequestedFor(anyUrl())));
    }

    @Test
    void theAllowListedOriginGetsExactlyItsOriginBack() {
        certification.stubFor(get("/api/programmes").willReturn(okJson("[]")));
        String token = issuer.token(TestUser.official());

        client.options()
                .uri("/api/programmes")
                .header(HttpHeaders.ORIGIN, PARTNER_ORIGIN)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, PARTNER_ORIGIN)
                .expectHeader()
                .value(
                        HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS,
                        methods -> assertThat(methods).contains("POST"))
                .expectHeader()
                .doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS);
        client.method(HttpMethod.GET)
                .uri("/api/programmes")
                .header(HttpHeaders.ORIGIN, PARTNER_ORIGIN)
                .headers(bearer(token))
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, PARTNER_ORIGIN);
    }

    @Test
    void theWebAppsOwnOriginIsNotACrossOriginRequest() {
        enterprise.stubFor(post("/api/enterprises").willReturn(okJson("{}")));
        client.post()
                .uri("/api/enterprises")
                .header(HttpHeaders.ORIGIN, baseUrl())
                .headers(bearer(issuer.token(TestUser.official())))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }
}
