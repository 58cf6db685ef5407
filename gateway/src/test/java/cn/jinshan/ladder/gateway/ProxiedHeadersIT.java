package cn.jinshan.ladder.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import cn.jinshan.ladder.kit.test.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/**
 * The headers a service receives through the leaner proxy path: the token, the request id and the caller's Host; a
 * caller's own {@code Forwarded} header is dropped (no trusted proxies are configured), so it cannot spoof its origin.
 */
class ProxiedHeadersIT extends GatewayWithKitIssuer {

    private static final String PATH = "/api/programmes/p-1";

    @Test
    void aServiceGetsTheTokenTheRequestIdAndTheHostButNotACallersForwardedHeader() {
        certification.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson("{}")));
        String token = issuer.token(TestUser.official());

        client.get()
                .uri(PATH)
                .header("X-Request-Id", "proxied-headers-1")
                .header("Forwarded", "for=203.0.113.66;proto=https")
                .headers(bearer(token))
                .exchange()
                .expectStatus()
                .isOk();

        certification.verify(getRequestedFor(urlPathEqualTo(PATH))
                .withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + token))
                .withHeader("X-Request-Id", equalTo("proxied-headers-1"))
                .withHeader(HttpHeaders.HOST, equalTo("localhost:" + port))
                .withHeader("Forwarded", absent()));
    }
}
