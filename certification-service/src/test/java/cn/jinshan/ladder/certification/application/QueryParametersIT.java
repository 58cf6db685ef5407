package cn.jinshan.ladder.certification.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.certification.CertificationIT;
import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.TestUser;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Regression for the fuzzer's finding (seed 20261129, index 319): a repeated or operator-shaped {@code status} query
 * parameter answered a 400 whose detail echoed {@code [Ljava.lang.String;@…}; now it is a 400 naming the field and
 * the rule, without the value.
 */
class QueryParametersIT extends CertificationIT {

    @Test
    void aRepeatedOrOperatorShapedStatusIsAValidationProblemWithoutTheValue() {
        String official = token(TestUser.official());
        for (String path : new String[] {
            "/api/applications/queue?status=1&status=%7B%22%24ne%22%3Anull%7D",
            "/api/applications?status=1&status=%7B%22%24ne%22%3Anull%7D",
            "/api/applications?status=%7B%22%24ne%22%3Anull%7D"
        }) {
            HttpResponse<String> response = api().get(path, official);

            assertThat(response.statusCode()).as(path).isEqualTo(400);
            JsonNode problem = ApiClient.json(response);
            assertThat(problem.get("type").asString()).endsWith("/validation");
            assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("status");
            assertThat(problem.get("errors").get(0).get("rule").asString()).isEqualTo("enum");
            assertThat(response.body()).doesNotContain("java.lang", "[L", "$ne");
        }
        assertThat(api().get("/api/applications/queue?status=SUBMITTED", official)
                        .statusCode())
                .isEqualTo(200);
        assertThat(api().get("/api/applications?status=DRAFT", official).statusCode())
                .isEqualTo(200);
    }
}
