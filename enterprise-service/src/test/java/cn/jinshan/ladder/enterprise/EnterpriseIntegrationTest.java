package cn.jinshan.ladder.enterprise;

import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.LadderTestInfrastructure;
import cn.jinshan.ladder.kit.test.TestUser;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The one Spring context every IT of the service shares: the real HTTP port on the embedded platform. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ladder.outbox.sweep-interval=500ms",
            "ladder.cohorts.candidates-ttl=0s",
            "ladder.consumer.retry.initial-interval-ms=100",
            "ladder.consumer.retry.max-attempts=2",
            "ladder.certification-service.read-timeout=500ms",
            "ladder.changes.sweep-interval-ms=3600000",
            "resilience4j.retry.instances.certification-service.wait-duration=10ms"
        })
@Import(MovableClock.Configuration.class)
public abstract class EnterpriseIntegrationTest {

    /** certification-service as WireMock answers it (unstubbed calls answer 404: no candidates offered). */
    protected static final WireMockServer CERTIFICATION_SERVICE = startCertificationService();

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        LadderTestInfrastructure.register(registry, "enterprise");
        registry.add("ladder.certification-service.url", CERTIFICATION_SERVICE::baseUrl);
    }

    private static WireMockServer startCertificationService() {
        WireMockServer server =
                new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        return server;
    }

    @LocalServerPort
    protected int port;

    protected ApiClient api() {
        return ApiClient.onPort(port);
    }

    protected static String token(TestUser user) {
        return LadderTestInfrastructure.jwtIssuer().token(user);
    }

    protected static String official() {
        return token(TestUser.official());
    }

    /** Registers a firm as an official and returns its credit code. */
    protected String registerFirm(String legalName) {
        String code = CreditCodes.next();
        var response = api().post("/api/enterprises", official(), """
                        {"creditCode":"%s","legalName":"%s","shortName":"测试","town":"山阳镇","cluster":"新材料"}
                        """.formatted(code, legalName));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("registration failed: " + response.body());
        }
        return code;
    }
}
