package cn.jinshan.ladder.certification.application;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jinshan.ladder.certification.CertificationIT;
import cn.jinshan.ladder.certification.EnterpriseServiceStubs;
import cn.jinshan.ladder.contracts.ContractValidator;
import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.KafkaProbe;
import cn.jinshan.ladder.kit.test.TestUser;
import com.github.tomakehurst.wiremock.http.Fault;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ApplicationWorkflowIT extends CertificationIT {

    private static final ContractValidator CONTRACTS = new ContractValidator();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Steps steps;

    @BeforeEach
    void platform() {
        steps = new Steps(api());
        steps.openWindow("SPECIALIZED_NEW");
        steps.openWindow("GAZELLE");
    }

    @Test
    void aFirmGoesFromDraftThroughReturnAndRecommendationToACertificate() {
        String firm = JINXIN;
        EnterpriseServiceStubs.firm(ENTERPRISE_SERVICE, firm, "\"INNOVATIVE_SME\"");
        try (KafkaProbe probe = KafkaProbe.reading("certification.events")) {
            HttpResponse<String> opened = steps.open(firm, "SPECIALIZED_NEW");
            assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
            JsonNode draft = ApiClient.json(opened);
            String id = draft.get("id").asString();
            assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
            assertThat(draft.get("metrics").get("revenue").asInt()).isEqualTo(3600);
            assertThat(draft.get("selfAssessment").has("eligible")).isTrue();

            HttpResponse<String> forged = api().put(
                            "/api/applications/" + id,
                            token(TestUser.enterprise(firm)),
                            "{\"status\":\"APPROVED\",\"metrics\":{\"revenue\":4000}}");
            assertThat(forged.statusCode()).isEqualTo(400);
            JsonNode forgedError = ApiClient.json(forged).get("errors").get(0);
            assertThat(forgedError.get("field").asString() + ":"
                            + forgedError.get("rule").asString())
                    .isEqualTo("status:unknown");
            HttpResponse<String> edited = api().put(
                            "/api/applications/" + id,
                            token(TestUser.enterprise(firm)),
                            "{\"metrics\":{\"revenue\":4000,\"nicheYears\":5},\"answers\":{\"mainProduct\":\"高分子材料\"}}");
            JsonNode afterEdit = steps.ok(edited, "DRAFT");
            assertThat(afterEdit.get("metrics").get("revenue").asInt()).isEqualTo(4000);
            assertThat(afterEdit.get("answers").get("mainProduct").asString()).isEqualTo("高分子材料");

            HttpResponse<String> unsigned = steps.firm(firm, id, "submit", "{\"authenticityCommitment\":false}");
            assertThat(unsigned.statusCode()).isEqualTo(400);
            assertThat(ApiClient.json(unsigned)
                            .get("errors")
                            .get(0)
                            .get("field")
                            .asString())
                    .isEqualTo("authenticityCommitment");

            JsonNode submitted = steps.ok(steps.submit(firm, id), "SUBMITTED");
            assertThat(submitted.get("windowId").asString()).isEqualTo("it-open");
            steps.ok(steps.review(id, "start", "{\"comment\":\"受理\"}"), "DISTRICT_REVIEW");
            steps.ok(steps.review(id, "return", "{\"reason\":\"请补充研发费用专项审计报告\"}"), "RETURNED");
            steps.ok(steps.firm(firm, id, "resubmit", "{\"comment\":\"已补充\"}"), "DISTRICT_REVIEW");
            steps.ok(steps.review(id, "recommend", "{\"comment\":\"推荐市经信委\"}"), "HIGHER_REVIEW");
            steps.ok(steps.review(id, "publicity", "{\"publicityEndsOn\":\"2026-12-20\"}"), "PUBLICITY");
            JsonNode approved = steps.ok(steps.review(id, "approve", "{\"announcedOn\":\"2026-12-01\"}"), "APPROVED");
            String certificateId = approved.get("certificateId").asString();

            JsonNode history =
                    ApiClient.json(api().get("/api/applications/" + id + "/history", token(TestUser.enterprise(firm))));
            assertThat(history).hasSize(7);
            assertThat(history.get(2).get("to").asString()).isEqualTo("RETURNED");
            assertThat(history.get(2).get("comment").asString()).isEqualTo("请补充研发费用专项审计报告");
            assertThat(history.get(2).get("actor").get("role").asString()).isEqualTo("OFFICIAL");
            assertThat(history.get(0).get("at").isNull()).isFalse();

            JsonNode certificates = ApiClient.json(
                    api().get("/api/certificates?enterpriseId=" + firm, token(TestUser.enterprise(firm))));
            JsonNode certificate = certificates.get(0);
            assertThat(certificate.get("id").asString()).isEqualTo(certificateId);
            assertThat(certificate.get("programme").asString()).isEqualTo("SPECIALIZED_NEW");
            assertThat(certificate.get("level").asString()).isEqualTo("MUNICIPAL");
            assertThat(certificate.get("validFrom").asString()).isEqualTo("2026-12-01");
            assertThat(certificate.get("validUntil").asString()).isEqualTo("2029-11-30");
            assertThat(certificate.get("ruleVersion").asString()).isEqualTo("MIIT-2026-2");
            assertThat(certificate.get("number").asString()).startsWith("JS-SPECIALIZED_NEW-2026-");

            List<ConsumerRecord<String, String>> events = collect(probe, id, certificateId, 9);
            assertThat(events)
                    .extracting(
                            record -> JSON.readTree(record.value()).get("type").asString())
                    .containsExactly(
                            "certification.ApplicationDraftOpened",
                            "certification.ApplicationSubmitted",
                            "certification.ApplicationReviewStarted",
                            "certification.ApplicationReturned",
                            "certification.ApplicationResubmitted",
                            "certification.ApplicationRecommended",
                            "certification.ApplicationPublicityStarted",
                            "certification.ApplicationApproved",
                            "certification.CertificateIssued");
            assertThat(events)
                    .allSatisfy(record -> assertThat(CONTRACTS.validate(record.value()))
                            .as(record.value())
                            .isEmpty());
            JsonNode issued = JSON.readTree(events.get(7).value()).get("payload");
            assertThat(issued.get("enterpriseId").asString()).isEqualTo(firm);
            assertThat(issued.get("announcedOn").asString()).isEqualTo("2026-12-01");
        }
    }

    private static List<ConsumerRecord<String, String>> collect(
            KafkaProbe probe, String applicationId, String certificateId, int expected) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            probe.poll(Duration.ofMillis(400)).stream()
                    .filter(record -> applicationId.equals(record.key()) || certificateId.equals(record.key()))
                    .forEach(records::add);
            assertThat(records).hasSizeGreaterThanOrEqualTo(expected);
        });
        records.sort(Comparator.comparing(
                record -> JSON.readTree(record.value()).get("occurredAt").asString()));
        return records;
    }

    @Test
    void aSecondSubmissionForTheSameProgrammeInAYearIsAConflict() {
        String firm = FENGTAI;
        EnterpriseServiceStubs.firm(ENTERPRISE_SERVICE, firm, "\"SPECIALIZED_NEW\"");
        String first = steps.openDraft(firm, "GAZELLE");
        String second = steps.openDraft(firm, "GAZELLE");

        steps.ok(steps.submit(firm, first), "SUBMITTED");
        HttpResponse<String> again = steps.submit(firm, second);

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(ApiClient.json(again).get("detail").asString()).contains("already submitted", "GAZELLE");
    }

    @Test
    void submittingOutsideAnOpenWindowIsAConflict() {
        String firm = "91310116MA1T000011";
        EnterpriseServiceStubs.firm(ENTERPRISE_SERVICE, firm, "\"SPECIALIZED_NEW\"");
        String id = steps.openDraft(firm, "SINGLE_CHAMPION");

        HttpResponse<String> response = steps.submit(firm, id);

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(ApiClient.json(response).get("detail").asString()).contains("no application window open");
    }

    @Test
    void illegalTransitionsAreConflictsAndOnlyOfficialsReview() {
        String firm = "91310116MA1T000022";
        EnterpriseServiceStubs.firm(ENTERPRISE_SERVICE, firm, "");
        String id = steps.openDraft(firm, "SPECIALIZED_NEW");

        HttpResponse<String> approveDraft = steps.review(id, "approve", "{\"announcedOn\":\"2026-12-01\"}");
        HttpResponse<String> firmReviews =
                api().post("/api/applications/" + id + "/review/start", token(TestUser.enterprise(firm)), "{}");
        steps.ok(steps.submit(firm, id), "SUBMITTED");
        HttpResponse<String> recommendUnreviewed = steps.review(id, "recommend", "{}");
        HttpResponse<String> returnWithoutReason = steps.review(id, "return", "{}");

        assertThat(approveDraft.statusCode()).isEqualTo(409);
        assertThat(ApiClient.json(approveDraft).get("detail").asString()).contains("DRAFT");
        assertThat(firmReviews.statusCode()).isEqualTo(403);
        assertThat(recommendUnreviewed.statusCode()).isEqualTo(409);
        assertThat(returnWithoutReason.statusCode()).isEqualTo(409);
        steps.ok(steps.review(id, "start", "{}"), "DISTRICT_REVIEW");
        HttpResponse<String> blankReason = steps.review(id, "return", "{\"reason\":\" \"}");
        assertThat(blankReason.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(blankReason).get("errors").get(0).get("field").asString())
                .isEqualTo("reason");
    }

    @Test
    void anotherFirmsApplicationDoesNotExistForAFirmUser() {
        String owner = "91310116MA1T000033";
        String other = "91310116MA1T000044";
        EnterpriseServiceStubs.firm(ENTERPRISE_SERVICE, owner, "");
        String id = steps.openDraft(owner, "SPECIALIZED_NEW");

        assertThat(api().get("/api/applications/" + id, token(TestUser.enterprise(other)))
                        .statusCode())
                .isEqualTo(404);
        assertThat(steps.submit(other, id).statusCode()).isEqualTo(404);
        assertThat(api().get("/api/applications?enterpriseId=" + owner, token(TestUser.enterprise(other)))
                        .statusCode())
                .isEqualTo(404);
        assertThat(ApiClient.json(api().get("/api/applications", token(TestUser.enterprise(other)))))
                .isEmpty();
        assertThat(api().get("/api/applications/" + id, token(TestUser.official()))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void aDistrictProgrammeSkipsTheHigherReview() {
        String firm = "91310116MA1T000055";
        EnterpriseServiceStubs.firm(ENTERPRISE_SERVICE, firm, "\"SPECIALIZED_NEW\"");
        String id = steps.openDraft(firm, "GAZELLE");
        steps.ok(steps.submit(firm, id), "SUBMITTED");
        steps.ok(steps.review(id, "start", "{}"), "DISTRICT_REVIEW");

        assertThat(steps.review(id, "recommend", "{}").statusCode()).isEqualTo(409);
        steps.ok(steps.review(id, "publicity", "{}"), "PUBLICITY");
        JsonNode approved = steps.ok(steps.review(id, "approve", "{\"announcedOn\":\"2026-12-02\"}"), "APPROVED");

        JsonNode certificate = ApiClient.json(
                api().get("/api/certificates/" + approved.get("certificateId").asString(), token(TestUser.official())));
        assertThat(certificate.get("level").asString()).isEqualTo("DISTRICT");
        assertThat(certificate.get("validUntil").isNull()).isTrue();
    }

    @Test
    void aFirmWithdrawsBeforeADecisionButNotAfter() {
        String firm = "91310116MA1T000066";
        EnterpriseServiceStubs.firm(ENTERPRISE_SERVICE, firm, "");
        String id = steps.openDraft(firm, "SPECIALIZED_NEW");
        steps.ok(steps.submit(firm, id), "SUBMITTED");

        steps.ok(steps.firm(firm, id, "withdraw", "{\"reason\":\"数据待更新\"}"), "WITHDRAWN");

        assertThat(steps.firm(firm, id, "withdraw", "{}").statusCode()).isEqualTo(409);
        assertThat(steps.review(id, "start", "{}").statusCode()).isEqualTo(409);
    }

    @Test
    void openingADraftWhileEnterpriseServiceIsDownIsServiceUnavailable() {
        ENTERPRISE_SERVICE.stubFor(get(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        HttpResponse<String> response = steps.open("91310116MA1T000077", "SPECIALIZED_NEW");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("enterprise-service");
    }

    @Test
    void editsAcceptOnlyKnownMetrics() {
        String firm = "91310116MA1T000088";
        EnterpriseServiceStubs.firm(ENTERPRISE_SERVICE, firm, "");
        String id = steps.openDraft(firm, "SPECIALIZED_NEW");

        HttpResponse<String> response = api().put(
                        "/api/applications/" + id,
                        token(TestUser.enterprise(firm)),
                        "{\"metrics\":{\"luck\":7},\"answers\":{}}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = ApiClient.json(response).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("metrics.luck");
        assertThat(error.get("rule").asString()).isEqualTo("knownMetric");
    }

    @Test
    void officialsWorkFromAQueueAndActInBulk() {
        String firm = "91310116MA1T000099";
        EnterpriseServiceStubs.firm(ENTERPRISE_SERVICE, firm, "\"SPECIALIZED_NEW\"");
        String submitted = steps.openDraft(firm, "GAZELLE");
        steps.ok(steps.submit(firm, submitted), "SUBMITTED");
        String draft = steps.openDraft(firm, "SPECIALIZED_NEW");

        HttpResponse<String> queue = api().get("/api/applications/queue?programme=GAZELLE", token(TestUser.official()));
        HttpResponse<String> bulk = api().post(
                        "/api/applications/review/bulk",
                        token(TestUser.official()),
                        "{\"action\":\"start\",\"applicationIds\":[\"%s\",\"%s\"],\"comment\":\"批量受理\"}"
                                .formatted(submitted, draft));

        assertThat(queue.statusCode()).isEqualTo(200);
        JsonNode item = null;
        for (JsonNode candidate : ApiClient.json(queue)) {
            if (candidate.get("application").get("id").asString().equals(submitted)) {
                item = candidate;
            }
        }
        assertThat(item).isNotNull();
        assertThat(item.get("overdue").asBoolean()).isFalse();
        assertThat(item.get("dueOn").isNull()).isFalse();
        JsonNode outcomes = ApiClient.json(bulk);
        assertThat(outcomes.get(0).get("status").asString()).isEqualTo("DISTRICT_REVIEW");
        assertThat(outcomes.get(1).get("problem").asString()).contains("DRAFT");
        assertThat(api().get("/api/applications/queue", token(TestUser.enterprise(firm)))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void onlyAFirmUserOpensApplications() {
        HttpResponse<String> response =
                api().post("/api/applications", token(TestUser.official()), "{\"programme\":\"SPECIALIZED_NEW\"}");

        assertThat(response.statusCode()).isEqualTo(403);
    }
}
