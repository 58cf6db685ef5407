package cn.jinshan.ladder.notification.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.TestUser;
import cn.jinshan.ladder.notification.support.PlatformIT;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Regressions of the fuzz findings: each request was a 500 or a non-problem 400 and is now a problem naming the field. */
class RequestProblemsIT extends PlatformIT {

    @Test
    void aRuleWithANullRecipientIsAProblemNamingRecipientsNotAServerError() {
        String rule = """
                {"recipients":[null],"category":"SYSTEM","priority":"LOW",
                 "title":{"zh":"标题","en":"Title"},"body":{"zh":"正文","en":"Body"}}""";

        HttpResponse<String> response = api().put(
                        "/api/admin/notification-rules/certification.NullRecipientProbed",
                        tokenOf(TestUser.admin()),
                        rule);

        assertValidationProblem(response, "recipients", "oneOf");
    }

    @Test
    void remindersWithoutAnEnterpriseIdAreAProblemNamingIt() {
        HttpResponse<String> omitted = api().get("/api/reminders", tokenOf(TestUser.official()));
        HttpResponse<String> operator =
                api().get("/api/reminders?enterpriseId%5B%24ne%5D=", tokenOf(TestUser.official()));

        assertValidationProblem(omitted, "enterpriseId", "required");
        assertValidationProblem(operator, "enterpriseId", "required");
    }

    @Test
    void unsubscribingWithoutAnEndpointIsAProblemNamingIt() {
        HttpResponse<String> response = api().delete(
                        "/api/push-subscriptions?endpoint%5B%24regex%5D=.*",
                        tokenOf(TestUser.specialist(UUID.randomUUID().toString())));

        assertValidationProblem(response, "endpoint", "required");
    }

    private static void assertValidationProblem(HttpResponse<String> response, String field, String rule) {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = ApiClient.json(response);
        assertThat(problem.get("type").asString()).endsWith("/validation");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(problem.get("errors").get(0).get("rule").asString()).isEqualTo(rule);
    }
}
