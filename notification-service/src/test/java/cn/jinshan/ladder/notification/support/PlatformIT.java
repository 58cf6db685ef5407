package cn.jinshan.ladder.notification.support;

import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.LadderTestInfrastructure;
import cn.jinshan.ladder.kit.test.TestJwtIssuer;
import cn.jinshan.ladder.kit.test.TestUser;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The one Spring context every integration test of this module shares: embedded Kafka, Mongo and issuer. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ladder.consumer.retry.initial-interval-ms=100",
            "ladder.consumer.retry.max-interval-ms=200",
            "ladder.consumer.retry.max-attempts=2"
        })
public abstract class PlatformIT {

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        LadderTestInfrastructure.register(registry, "notification");
    }

    @LocalServerPort
    protected int port;

    protected ApiClient api() {
        return ApiClient.onPort(port);
    }

    protected static String tokenOf(TestUser user) {
        return issuer().token(user);
    }

    protected static TestJwtIssuer issuer() {
        return LadderTestInfrastructure.jwtIssuer();
    }
}
