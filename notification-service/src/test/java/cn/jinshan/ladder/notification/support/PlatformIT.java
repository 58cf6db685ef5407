package cn.jinshan.ladder.notification.support;

import static org.awaitility.Awaitility.await;

import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.LadderTestInfrastructure;
import cn.jinshan.ladder.kit.test.TestJwtIssuer;
import cn.jinshan.ladder.kit.test.TestUser;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one Spring context every integration test of this module shares: embedded Kafka, Mongo and issuer, and WireMock
 * as the group robot and SMS provider ({@link Providers}).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ladder.consumer.retry.initial-interval-ms=100",
            "ladder.consumer.retry.max-interval-ms=200",
            "ladder.consumer.retry.max-attempts=2",
            "ladder.notification.push.allow-insecure-endpoints=true",
            "ladder.notification.push.request-timeout=2s",
            "resilience4j.retry.instances.webPush.wait-duration=100ms",
            "resilience4j.circuitbreaker.instances.webPush.wait-duration-in-open-state=2s",
            "resilience4j.circuitbreaker.instances.webPush.automatic-transition-from-open-to-half-open-enabled=false",
            "resilience4j.retry.instances.webhook.wait-duration=100ms",
            "resilience4j.retry.instances.sms.wait-duration=100ms",
            "resilience4j.circuitbreaker.instances.webhook.automatic-transition-from-open-to-half-open-enabled=false"
        })
@Import(TestClock.Config.class)
public abstract class PlatformIT {

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        LadderTestInfrastructure.register(registry, "notification");
        Providers.register(registry);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected TestClock clock;

    @Autowired
    private KafkaListenerEndpointRegistry listeners;

    /** Waits until this replica's live feed (latest offsets) owns its partitions, so it hears what comes next. */
    protected void awaitLiveFeed() {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var assigned = listeners.getListenerContainer("notification-live").getAssignedPartitions();
            return assigned != null && !assigned.isEmpty();
        });
    }

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
