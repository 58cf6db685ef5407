package cn.jinshan.ladder.probes.sample;

import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.LadderTestInfrastructure;
import cn.jinshan.ladder.kit.test.TestUser;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The sample service on a random port with the embedded Mongo and test issuer; one context for every IT. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.jackson.deserialization.fail-on-unknown-properties=true")
abstract class ProbeSampleIT {

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        LadderTestInfrastructure.registerWithoutKafka(registry, "probes");
    }

    @LocalServerPort
    int port;

    ApiClient api() {
        return ApiClient.onPort(port);
    }

    static String token() {
        return LadderTestInfrastructure.jwtIssuer().token(TestUser.official());
    }
}
