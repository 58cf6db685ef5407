package cn.jinshan.ladder.gateway;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import cn.jinshan.ladder.kit.test.TestJwtIssuer;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * One gateway context shared by the limit and exposure tests: the service kit's {@link TestJwtIssuer} as Keycloak,
 * WireMock as the three services, low limits (5 writes/s, burst 10, 4 requests in flight per service) and one
 * allow-listed foreign origin.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ladder.gateway.rate-limit.writes-per-second=" + GatewayWithKitIssuer.WRITES_PER_SECOND,
            "ladder.gateway.rate-limit.write-burst=" + GatewayWithKitIssuer.WRITE_BURST,
            "ladder.gateway.rate-limit.max-in-flight-per-service=" + GatewayWithKitIssuer.MAX_IN_FLIGHT,
            "ladder.gateway.cors.allowed-origins=" + GatewayWithKitIssuer.PARTNER_ORIGIN
        })
abstract class GatewayWithKitIssuer {

    static final int WRITES_PER_SECOND = 5;
    static final int WRITE_BURST = 10;
    static final int MAX_IN_FLIGHT = 4;
    static final String PARTNER_ORIGIN = "https://partner.jinshan.gov.cn";
    static final String PROBLEMS = "https://ladder.jinshan.gov.cn/problems/";

    static final TestJwtIssuer issuer = TestJwtIssuer.start();
    static final WireMockServer enterprise = started();
    static final WireMockServer certification = started();
    static final WireMockServer notification = started();

    @DynamicPropertySource
    static void stubs(DynamicPropertyRegistry registry) {
        registry.add("KEYCLOAK_ISSUER_URI", issuer::issuerUri);
        registry.add("KEYCLOAK_JWK_SET_URI", issuer::jwkSetUri);
        registry.add("ENTERPRISE_SERVICE_URL", enterprise::baseUrl);
        registry.add("CERTIFICATION_SERVICE_URL", certification::baseUrl);
        registry.add("NOTIFICATION_SERVICE_URL", notification::baseUrl);
    }

    @LocalServerPort
    int port;

    WebTestClient client;

    @BeforeEach
    void resetStubs() {
        client = WebTestClient.bindToServer()
                .baseUrl(baseUrl())
                .responseTimeout(Duration.ofSeconds(20))
                .build();
        services().forEach(WireMockServer::resetAll);
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    static Stream<WireMockServer> services() {
        return Stream.of(enterprise, certification, notification);
    }

    static Consumer<HttpHeaders> bearer(String token) {
        return headers -> {
            if (token != null) {
                headers.setBearerAuth(token);
            }
        };
    }

    private static WireMockServer started() {
        WireMockServer server = new WireMockServer(options().dynamicPort().containerThreads(40));
        server.start();
        return server;
    }
}
