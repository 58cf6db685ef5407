package cn.jinshan.ladder.certification.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.certification.CertificationIT;
import cn.jinshan.ladder.certification.EnterpriseServiceStubs;
import cn.jinshan.ladder.certification.EventsOnTopic;
import cn.jinshan.ladder.certification.certificate.application.CertificateService;
import cn.jinshan.ladder.certification.certificate.application.IssueCertificate;
import cn.jinshan.ladder.contracts.ContractValidator;
import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.TestUser;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class RenewalIT extends CertificationIT {

    private static final ContractValidator CONTRACTS = new ContractValidator();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    CertificateService certificates;

    @BeforeEach
    void innovativeSmeWindowOpen() {
        api().put(
                        "/api/programmes/INNOVATIVE_SME/windows/it-open",
                        token(TestUser.admin()),
                        "{\"batch\":\"集成测试\",\"opensOn\":\"%s\",\"closesOn\":\"%s\"}"
                                .formatted(TODAY.minusDays(1), TODAY.plusDays(30)));
    }

    private String held(String firm, String programme) {
        return certificates
                .issue(new IssueCertificate(
                        "held-" + firm + "-" + programme,
                        firm,
                        programme,
                        "MUNICIPAL",
                        "rules-2023",
                        3,
                        TODAY.minusYears(2).withDayOfMonth(1)))
                .id();
    }

    private HttpResponse<String> openRenewal(String firm, String programme) {
        return api().post(
                        "/api/applications",
                        token(TestUser.enterprise(firm)),
                        "{\"programme\":\"%s\",\"renewal\":true}".formatted(programme));
    }

    private HttpResponse<String> review(String id, String action, String body) {
        return api().post("/api/applications/" + id + "/review/" + action, token(TestUser.official()), body);
    }

    @Test
    void anApprovedRenewalExtendsTheCertificateByThreeYearsAndSaysSo() {
        String firm = "91310116MA1R000101";
        EnterpriseServiceStubs.firm(ENTERPRISE_SERVICE, firm, "\"INNOVATIVE_SME\"");
        String certificateId = held(firm, "INNOVATIVE_SME");
        LocalDate before = ApiClient.json(api().get("/api/certificates/" + certificateId, token(TestUser.official())))
                .get("validUntil")
                .asString()
                .transform(LocalDate::parse);

        HttpResponse<String> opened = openRenewal(firm, "INNOVATIVE_SME");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        JsonNode draft = ApiClient.json(opened);
        assertThat(draft.get("renewal").asBoolean()).isTrue();
        assertThat(draft.get("renewsCertificateId").asString()).isEqualTo(certificateId);
        String id = draft.get("id").asString();
        try (EventsOnTopic events = new EventsOnTopic()) {
            HttpResponse<String> submitted = api().post(
                            "/api/applications/" + id + "/submit",
                            token(TestUser.enterprise(firm)),
                            "{\"authenticityCommitment\":true}");
            assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
            review(id, "start", "{}");
            review(id, "recommend", "{}");
            review(id, "publicity", "{}");
            HttpResponse<String> approved = review(id, "approve", "{\"announcedOn\":\"%s\"}".formatted(TODAY));

            assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
            assertThat(ApiClient.json(approved).get("certificateId").asString()).isEqualTo(certificateId);
            JsonNode certificate =
                    ApiClient.json(api().get("/api/certificates/" + certificateId, token(TestUser.official())));
            assertThat(certificate.get("validUntil").asString())
                    .isEqualTo(before.plusYears(3).toString());
            assertThat(certificate.get("status").asString()).isEqualTo("ACTIVE");
            String event = events.await(certificateId, "certification.CertificateRenewed");
            assertThat(CONTRACTS.validate(event)).isEmpty();
            JsonNode payload = EventsOnTopic.payload(event);
            assertThat(payload.get("validUntil").asString())
                    .isEqualTo(before.plusYears(3).toString());
            assertThat(payload.get("announcedOn").asString()).isEqualTo(TODAY.toString());
            assertThat(payload.get("enterpriseId").asString()).isEqualTo(firm);
            assertThat(payload.get("applicationId").asString()).isEqualTo(id);
        }
    }

    @Test
    void aFirmWithoutAnActiveCertificateCannotRenew() {
        String firm = "91310116MA1R000102";
        EnterpriseServiceStubs.firm(ENTERPRISE_SERVICE, firm, "");

        HttpResponse<String> opened = openRenewal(firm, "INNOVATIVE_SME");

        assertThat(opened.statusCode()).isEqualTo(409);
        assertThat(opened.body()).contains("no active INNOVATIVE_SME certificate");
    }

    @Test
    void aRenewalWaitsForTheAnnualDataUpdate() {
        String firm = "91310116MA1R000103";
        EnterpriseServiceStubs.newFirm(ENTERPRISE_SERVICE, firm);
        held(firm, "INNOVATIVE_SME");

        HttpResponse<String> opened = openRenewal(firm, "INNOVATIVE_SME");

        assertThat(opened.statusCode()).isEqualTo(409);
        assertThat(opened.body()).contains("annual data update").contains(String.valueOf(TODAY.getYear() - 1));
    }

    @Test
    void aFirmRenewsOnlyAtItsHighestTier() {
        String firm = "91310116MA1R000104";
        EnterpriseServiceStubs.firm(ENTERPRISE_SERVICE, firm, "\"INNOVATIVE_SME\",\"SPECIALIZED_NEW\"");
        held(firm, "INNOVATIVE_SME");
        held(firm, "SPECIALIZED_NEW");

        HttpResponse<String> opened = openRenewal(firm, "INNOVATIVE_SME");

        assertThat(opened.statusCode()).isEqualTo(409);
        assertThat(opened.body()).contains("SPECIALIZED_NEW");
    }
}
