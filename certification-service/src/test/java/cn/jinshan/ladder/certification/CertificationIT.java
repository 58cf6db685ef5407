package cn.jinshan.ladder.certification;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.LadderTestInfrastructure;
import cn.jinshan.ladder.kit.test.TestJwtIssuer;
import cn.jinshan.ladder.kit.test.TestUser;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The one Spring context every integration test shares: embedded platform plus WireMock as enterprise-service. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ladder.outbox.sweep-interval=500ms",
            "logging.level.org.apache.kafka=WARN",
            "logging.level.kafka=WARN",
            "ladder.enterprise-service.read-timeout=2s",
            "ladder.materials.max-bytes=65536",
            "resilience4j.retry.instances.enterprise-service.wait-duration=10ms"
        })
public abstract class CertificationIT {

    protected static final String JINXIN = "91310116MA1J8K3L22";
    protected static final String FENGTAI = "91310116MA1H9P4Q57";

    protected static final WireMockServer ENTERPRISE_SERVICE = startEnterpriseService();

    @LocalServerPort
    protected int port;

    @Autowired
    private CircuitBreakerRegistry circuitBreakers;

    private static WireMockServer startEnterpriseService() {
        WireMockServer server = new WireMockServer(options().dynamicPort());
        server.start();
        return server;
    }

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        LadderTestInfrastructure.register(registry, "certification");
        registry.add("ladder.enterprise-service.url", ENTERPRISE_SERVICE::baseUrl);
    }

    @BeforeEach
    void resetEnterpriseService() {
        ENTERPRISE_SERVICE.resetAll();
        circuitBreakers.circuitBreaker("enterprise-service").reset();
    }

    protected ApiClient api() {
        return ApiClient.onPort(port);
    }

    protected static String token(TestUser user) {
        return issuer().token(user);
    }

    protected static TestJwtIssuer issuer() {
        return LadderTestInfrastructure.jwtIssuer();
    }
}
