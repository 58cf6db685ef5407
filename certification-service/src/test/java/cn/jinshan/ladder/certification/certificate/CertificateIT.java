package cn.jinshan.ladder.certification.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.certification.CertificationIT;
import cn.jinshan.ladder.certification.EnterpriseServiceStubs;
import cn.jinshan.ladder.certification.EventsOnTopic;
import cn.jinshan.ladder.certification.application.application.ApplicationReview;
import cn.jinshan.ladder.certification.certificate.application.CertificateService;
import cn.jinshan.ladder.contracts.ContractValidator;
import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.TestUser;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

class CertificateIT extends CertificationIT {

    private static final ContractValidator CONTRACTS = new ContractValidator();

    @Autowired
    CertificateService certificates;

    @Autowired
    ApplicationReview review;

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void innovativeSmeWindowOpen() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        api().put(
                        "/api/programmes/INNOVATIVE_SME/windows/it-open",
                        token(TestUser.admin()),
                        "{\"batch\":\"集成测试\",\"opensOn\":\"%s\",\"closesOn\":\"%s\"}"
                                .formatted(today.minusDays(1), today.plusDays(30)));
    }

    private String approvedCertificate(String firm) {
        EnterpriseServiceStubs.firm(ENTERPRISE_SERVICE, firm, "");
        String token = token(TestUser.enterprise(firm));
        String id = ApiClient.json(api().post("/api/applications", token, "{\"programme\":\"INNOVATIVE_SME\"}"))
                .get("id")
                .asString();
        api().post("/api/applications/" + id + "/submit", token, "{\"authenticityCommitment\":true}");
        review(id, "start", "{}");
        review(id, "recommend", "{}");
        review(id, "publicity", "{}");
        JsonNode approved = ApiClient.json(review(id, "approve", "{\"announcedOn\":\"2026-11-01\"}"));
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        return approved.get("certificateId").asString();
    }

    private HttpResponse<String> review(String id, String action, String body) {
        return api().post("/api/applications/" + id + "/review/" + action, token(TestUser.official()), body);
    }

    @Test
    void anOfficialRevokesWithAReasonAndTheEventSaysWhy() {
        String firm = "91310116MA1T000101";
        String id = approvedCertificate(firm);
        try (EventsOnTopic events = new EventsOnTopic()) {
            HttpResponse<String> byFirm = api().post(
                            "/api/certificates/" + id + "/revoke",
                            token(TestUser.enterprise(firm)),
                            "{\"reason\":\"x\"}");
            HttpResponse<String> noReason =
                    api().post("/api/certificates/" + id + "/revoke", token(TestUser.official()), "{}");
            HttpResponse<String> revoked = api().post(
                            "/api/certificates/" + id + "/revoke",
                            token(TestUser.official()),
                            "{\"reason\":\"申报数据造假\"}");
            HttpResponse<String> again = api().post(
                            "/api/certificates/" + id + "/revoke", token(TestUser.official()), "{\"reason\":\"再次\"}");

            assertThat(byFirm.statusCode()).isEqualTo(403);
            assertThat(noReason.statusCode()).isEqualTo(400);
            assertThat(revoked.statusCode()).isEqualTo(200);
            assertThat(ApiClient.json(revoked).get("status").asString()).isEqualTo("REVOKED");
            assertThat(again.statusCode()).isEqualTo(409);
            String event = events.await(id, "certification.CertificateRevoked");
            assertThat(CONTRACTS.validate(event)).isEmpty();
            assertThat(EventsOnTopic.payload(event).get("reason").asString()).isEqualTo("申报数据造假");
            assertThat(EventsOnTopic.payload(event).get("enterpriseId").asString())
                    .isEqualTo(firm);
        }
    }

    @Test
    void anApprovalWhoseCertificateWasLostGetsItOnReconciliation() {
        String id = approvedCertificate("91310116MA1T000106");
        mongo.getCollection("certificates").deleteOne(new Document("_id", id));
        assertThat(api().get("/api/certificates/" + id, token(TestUser.official()))
                        .statusCode())
                .isEqualTo(404);

        review.issueMissingCertificates();
        review.issueMissingCertificates();

        JsonNode certificate = ApiClient.json(api().get("/api/certificates/" + id, token(TestUser.official())));
        assertThat(certificate.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(certificate.get("announcedOn").asString()).isEqualTo("2026-11-01");
        assertThat(mongo.getCollection("certificates")
                        .countDocuments(new Document(
                                "applicationId",
                                certificate.get("applicationId").asString())))
                .isEqualTo(1);
    }

    @Test
    void aFirmSeesOnlyItsOwnCertificates() {
        String owner = "91310116MA1T000102";
        String id = approvedCertificate(owner);
        String other = "91310116MA1T000103";

        assertThat(api().get("/api/certificates/" + id, token(TestUser.enterprise(other)))
                        .statusCode())
                .isEqualTo(404);
        assertThat(api().get("/api/certificates?enterpriseId=" + owner, token(TestUser.enterprise(other)))
                        .statusCode())
                .isEqualTo(404);
        assertThat(ApiClient.json(api().get("/api/certificates", token(TestUser.enterprise(owner)))))
                .extracting(certificate -> certificate.get("id").asString())
                .containsExactly(id);
    }

    @Test
    void theDailyScanExpiresCertificatesPastTheirValidity() {
        String id = approvedCertificate("91310116MA1T000104");
        try (EventsOnTopic events = new EventsOnTopic()) {
            int expired = certificates.expireDue(LocalDate.of(2029, 11, 1));

            assertThat(expired).isGreaterThanOrEqualTo(1);
            JsonNode certificate = ApiClient.json(api().get("/api/certificates/" + id, token(TestUser.official())));
            assertThat(certificate.get("status").asString()).isEqualTo("EXPIRED");
            assertThat(certificate.get("expiredOn").asString()).isEqualTo("2029-11-01");
            String event = events.await(id, "certification.CertificateExpired");
            assertThat(CONTRACTS.validate(event)).isEmpty();
            assertThat(certificates.expireDue(LocalDate.of(2029, 11, 1))).isZero();
        }
    }

    @Test
    void theDailyScanSendsAnExpiringNoticeOnce() {
        String id = approvedCertificate("91310116MA1T000107");
        try (EventsOnTopic events = new EventsOnTopic()) {
            assertThat(certificates.noticeExpiring(LocalDate.of(2029, 9, 1))).isGreaterThanOrEqualTo(1);
            assertThat(certificates.noticeExpiring(LocalDate.of(2029, 9, 2))).isZero();

            String event = events.await(id, "certification.CertificateExpiring");
            assertThat(CONTRACTS.validate(event)).isEmpty();
            assertThat(EventsOnTopic.payload(event).get("daysLeft").asInt()).isEqualTo(60);
        }
    }

    @Test
    void rejectedAndWithdrawnApplicationsKeepTheirContracts() {
        String firm = "91310116MA1T000105";
        EnterpriseServiceStubs.firm(ENTERPRISE_SERVICE, firm, "");
        String token = token(TestUser.enterprise(firm));
        String rejected = ApiClient.json(api().post("/api/applications", token, "{\"programme\":\"INNOVATIVE_SME\"}"))
                .get("id")
                .asString();
        String withdrawn = ApiClient.json(api().post("/api/applications", token, "{\"programme\":\"SPECIALIZED_NEW\"}"))
                .get("id")
                .asString();
        try (EventsOnTopic events = new EventsOnTopic()) {
            api().post("/api/applications/" + rejected + "/submit", token, "{\"authenticityCommitment\":true}");
            review(rejected, "start", "{}");
            review(rejected, "reject", "{\"reason\":\"研发费用占比不足\"}");
            api().post("/api/applications/" + withdrawn + "/withdraw", token, "{\"reason\":\"暂不申报\"}");

            String rejection = events.await(rejected, "certification.ApplicationRejected");
            String withdrawal = events.await(withdrawn, "certification.ApplicationWithdrawn");
            assertThat(CONTRACTS.validate(rejection)).isEmpty();
            assertThat(CONTRACTS.validate(withdrawal)).isEmpty();
            assertThat(EventsOnTopic.payload(rejection).get("comment").asString())
                    .isEqualTo("研发费用占比不足");
            assertThat(EventsOnTopic.payload(withdrawal).get("previousStatus").asString())
                    .isEqualTo("DRAFT");
        }
    }
}
