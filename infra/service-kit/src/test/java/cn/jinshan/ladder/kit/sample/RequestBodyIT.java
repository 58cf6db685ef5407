package cn.jinshan.ladder.kit.sample;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.kit.events.EventCodec;
import cn.jinshan.ladder.kit.events.EventEnvelope;
import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.LadderTestInfrastructure;
import cn.jinshan.ladder.kit.test.TestUser;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ladder.outbox.collections=samples", "ladder.outbox.sweep-interval=500ms"})
class RequestBodyIT {

    private static final String VALIDATION = "https://ladder.jinshan.gov.cn/problems/validation";

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        LadderTestInfrastructure.register(registry, "kit");
    }

    @LocalServerPort
    int port;

    @Autowired
    EventCodec codec;

    private HttpResponse<String> post(String json) {
        return ApiClient.onPort(port)
                .post("/samples/profiles", LadderTestInfrastructure.jwtIssuer().token(TestUser.official()), json);
    }

    @Test
    void aDeclaredBodyIsAccepted() {
        HttpResponse<String> response =
                post("{\"name\":\"金山\",\"contact\":{\"phone\":\"021-1\"},\"employees\":3,\"tags\":[\"a\"]}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(response).get("contact").get("phone").asString())
                .isEqualTo("021-1");
    }

    @Test
    void everyHostileBodyIsAValidationProblemNamingTheFieldAndTheRule() {
        Map<String, String[]> cases = new LinkedHashMap<>();
        cases.put("{\"name\":\"a\",\"employees\":1,\"status\":\"APPROVED\"}", new String[] {"status", "unknown"});
        cases.put(
                "{\"name\":\"a\",\"employees\":1,\"contact\":{\"phone\":\"1\",\"verified\":true}}",
                new String[] {"contact.verified", "unknown"});
        cases.put("{\"name\":{\"$ne\":null},\"employees\":1}", new String[] {"name", "type"});
        cases.put("{\"name\":\"a\",\"contact\":{\"phone\":{\"$gt\":\"\"}}}", new String[] {"contact.phone", "type"});
        cases.put("{\"name\":\"a\",\"employees\":\"many\"}", new String[] {"employees", "type"});
        cases.put("{\"name\":\"a\",\"employees\":null}", new String[] {"employees", "notNull"});
        cases.put("{\"name\":\"a\",\"employees\":1,\"contact\":\"x\"}", new String[] {"contact", "type"});
        cases.put("{\"name\":\"a\",\"employees\":1,\"tags\":[{\"$where\":\"1\"}]}", new String[] {"tags[0]", "type"});
        cases.put("{\"name\":[\"a\"],\"employees\":1}", new String[] {"name", "type"});
        cases.put("{\"name\":null,\"employees\":1}", new String[] {"name", "notBlank"});

        int problems = 0;
        for (Map.Entry<String, String[]> hostile : cases.entrySet()) {
            HttpResponse<String> response = post(hostile.getKey());
            assertThat(response.statusCode()).as(hostile.getKey()).isEqualTo(400);
            JsonNode problem = ApiClient.json(response);
            assertThat(problem.get("type").asString()).as(hostile.getKey()).isEqualTo(VALIDATION);
            JsonNode error = problem.get("errors").get(0);
            assertThat(error.get("field").asString()).as(hostile.getKey()).isEqualTo(hostile.getValue()[0]);
            assertThat(error.get("rule").asString()).as(hostile.getKey()).isEqualTo(hostile.getValue()[1]);
            assertThat(error.get("message").asString()).as(hostile.getKey()).isNotBlank();
            assertThat(response.body()).as(hostile.getKey()).doesNotContain("tools.jackson", "Exception", "at cn.");
            problems++;
        }
        System.out.println("SECURITY request-bodies hostile=" + cases.size() + " validation-problems=" + problems
                + " server-errors=0");
    }

    @Test
    void eventsStayATolerantReader() {
        record Narrow(String id) {}
        String json = codec.write(EventEnvelope.create(
                "sample.SampleCreated", 1, "s-1", Map.of("id", "s-1", "name", "extra"), Instant.now()));

        assertThat(codec.payload(codec.read(json.replace("\"version\"", "\"newField\":1,\"version\"")), Narrow.class)
                        .id())
                .isEqualTo("s-1");
    }
}
