package cn.jinshan.ladder.certification.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.LadderTestInfrastructure;
import cn.jinshan.ladder.kit.test.TestUser;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import tools.jackson.databind.JsonNode;

/** The HTTP steps of the workflow, as a firm user and an official would take them. */
final class Steps {

    private final ApiClient api;

    Steps(ApiClient api) {
        this.api = api;
    }

    static String token(TestUser user) {
        return LadderTestInfrastructure.jwtIssuer().token(user);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** An administrator opens a window around today for the programme. */
    void openWindow(String programme) {
        String window = "{\"batch\":\"集成测试批次\",\"opensOn\":\"%s\",\"closesOn\":\"%s\"}"
                .formatted(today().minusDays(1), today().plusDays(30));
        HttpResponse<String> response =
                api.put("/api/programmes/" + programme + "/windows/it-open", token(TestUser.admin()), window);
        assertThat(response.statusCode()).isEqualTo(200);
    }

    HttpResponse<String> open(String firm, String programme) {
        return api.post("/api/applications", token(TestUser.enterprise(firm)), "{\"programme\":\"" + programme + "\"}");
    }

    String openDraft(String firm, String programme) {
        HttpResponse<String> opened = open(firm, programme);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        return ApiClient.json(opened).get("id").asString();
    }

    HttpResponse<String> submit(String firm, String id) {
        return api.post(
                "/api/applications/" + id + "/submit",
                token(TestUser.enterprise(firm)),
                "{\"authenticityCommitment\":true}");
    }

    HttpResponse<String> firm(String firm, String id, String action, String body) {
        return api.post("/api/applications/" + id + "/" + action, token(TestUser.enterprise(firm)), body);
    }

    HttpResponse<String> review(String id, String action, String body) {
        return api.post("/api/applications/" + id + "/review/" + action, token(TestUser.official()), body);
    }

    JsonNode ok(HttpResponse<String> response, String status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = ApiClient.json(response);
        assertThat(body.get("status").asString()).isEqualTo(status);
        return body;
    }

    /** A district-reviewed, recommended, publicised and approved application; returns its final state. */
    JsonNode approvedThroughHigherReview(String firm, String programme) {
        String id = openDraft(firm, programme);
        ok(submit(firm, id), "SUBMITTED");
        ok(review(id, "start", "{\"comment\":\"材料齐全\"}"), "DISTRICT_REVIEW");
        ok(review(id, "recommend", "{\"comment\":\"推荐\"}"), "HIGHER_REVIEW");
        ok(review(id, "publicity", "{\"publicityEndsOn\":\"%s\"}".formatted(today().plusDays(7))), "PUBLICITY");
        return ok(review(id, "approve", "{\"announcedOn\":\"%s\"}".formatted(today())), "APPROVED");
    }
}
