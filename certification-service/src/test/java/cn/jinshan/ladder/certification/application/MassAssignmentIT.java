package cn.jinshan.ladder.certification.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.certification.CertificationIT;
import cn.jinshan.ladder.certification.EnterpriseServiceStubs;
import cn.jinshan.ladder.certification.certificate.application.CertificateService;
import cn.jinshan.ladder.kit.test.LadderTestInfrastructure;
import cn.jinshan.ladder.kit.test.TestUser;
import cn.jinshan.ladder.probes.MassAssignmentProbe;
import cn.jinshan.ladder.probes.MassAssignmentReport;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, security item 3: every server-owned field of the service's documents injected into every write body with
 * JSON (the firm's, the officials' and the administrators' operations, each as its own role) is refused as an
 * unknown property, and the object read back as an official is unchanged.
 */
class MassAssignmentIT extends CertificationIT {

    private static final String FIRM = "91310116MA1T000701";

    /** Every field the server owns on applications, certificates, listings and programmes, beyond the defaults. */
    static final String[] SERVER_OWNED = {
        "enterpriseId",
        "enterpriseName",
        "certificateId",
        "decision",
        "score",
        "assessment",
        "selfAssessment",
        "reviewer",
        "number",
        "issuedOn",
        "revokedAt",
        "revokedOn",
        "revokedReason",
        "expiredOn",
        "validFrom",
        "validUntil",
        "level",
        "year",
        "windowId",
        "authenticityCommitmentSigned",
        "openedAt",
        "renewsCertificateId",
        "renewals",
        "applicationId",
        "recordedBy",
        "milestones",
        "currentStage",
        "completed",
        "boardName",
        "incomplete",
        "missing",
        "notices"
    };

    private static final List<String> FIRM_WRITES = List.of(
            "POST /api/applications",
            "PUT /api/applications/{id}",
            "POST /api/applications/{id}/submit",
            "POST /api/applications/{id}/resubmit",
            "POST /api/applications/{id}/withdraw",
            "POST /api/eligibility/evaluations");

    private static final List<String> OFFICIAL_WRITES = List.of(
            "POST /api/applications/{id}/review/start",
            "POST /api/applications/{id}/review/return",
            "POST /api/applications/{id}/review/recommend",
            "POST /api/applications/{id}/review/publicity",
            "POST /api/applications/{id}/review/approve",
            "POST /api/applications/{id}/review/reject",
            "POST /api/applications/review/bulk",
            "POST /api/certificates/{id}/revoke",
            "POST /api/listings/{enterpriseId}/milestones");

    private static final List<String> ADMIN_WRITES = List.of(
            "POST /api/programmes",
            "PUT /api/programmes/{code}",
            "POST /api/programmes/{code}/rule-versions",
            "PUT /api/programmes/{code}/rule-versions/{id}",
            "PUT /api/programmes/{code}/windows/{id}");

    @Test
    void noServerOwnedFieldIsTakenFromAnyWriteBody() {
        Steps steps = new Steps(api());
        steps.openWindow("SPECIALIZED_NEW");
        steps.openWindow("INNOVATIVE_SME");
        EnterpriseServiceStubs.firm(ENTERPRISE_SERVICE, FIRM, "\"INNOVATIVE_SME\"");
        String draft = steps.openDraft(FIRM, "INNOVATIVE_SME");
        String approved = steps.approvedThroughHigherReview(FIRM, "SPECIALIZED_NEW")
                .get("id")
                .asString();
        String certificate = CertificateService.certificateIdFor(approved);
        String official = token(TestUser.official());
        assertThat(api().post(
                                "/api/listings/" + FIRM + "/milestones",
                                official,
                                "{\"board\":\"STAR_MARKET\",\"milestone\":\"RESERVE_POOL\",\"reachedOn\":\"%s\"}"
                                        .formatted(Steps.today().minusDays(30)))
                        .statusCode())
                .isEqualTo(200);
        Supplier<String> draftView =
                () -> api().get("/api/applications/" + draft, official).body();
        Supplier<String> firmApplications = () ->
                api().get("/api/applications?enterpriseId=" + FIRM, official).body();

        MassAssignmentReport asFirm = probe(TestUser.enterprise(FIRM), FIRM_WRITES)
                .pathValue("id", draft)
                .body("POST /api/applications", "{\"programme\":\"INNOVATIVE_SME\"}")
                .body("PUT /api/applications/{id}", "{\"metrics\":{\"revenue\":1200},\"answers\":{\"q1\":\"是\"}}")
                .body("POST /api/applications/{id}/submit", "{\"authenticityCommitment\":true}")
                .body("POST /api/applications/{id}/resubmit", "{\"comment\":\"已补材料\"}")
                .body("POST /api/applications/{id}/withdraw", "{\"reason\":\"暂不申报\"}")
                .body("POST /api/eligibility/evaluations", "{\"programme\":\"INNOVATIVE_SME\",\"metrics\":{}}")
                .readBack(draftView)
                .readBack("POST /api/applications", firmApplications)
                .run();
        MassAssignmentReport asOfficial = probe(TestUser.official(), OFFICIAL_WRITES)
                .pathValue("id", draft)
                .pathValue("enterpriseId", FIRM)
                .skip("POST /api/certificates/{id}/revoke")
                .body("POST /api/applications/{id}/review/start", "{\"comment\":\"受理\"}")
                .body("POST /api/applications/{id}/review/return", "{\"reason\":\"缺材料\"}")
                .body("POST /api/applications/{id}/review/recommend", "{\"comment\":\"推荐\"}")
                .body(
                        "POST /api/applications/{id}/review/publicity",
                        "{\"publicityEndsOn\":\"%s\"}".formatted(Steps.today().plusDays(7)))
                .body("POST /api/applications/{id}/review/approve", "{\"announcedOn\":\"%s\"}".formatted(Steps.today()))
                .body("POST /api/applications/{id}/review/reject", "{\"reason\":\"不符合条件\"}")
                .body(
                        "POST /api/applications/review/bulk",
                        "{\"action\":\"start\",\"applicationIds\":[\"" + draft + "\"],\"comment\":\"受理\"}")
                .body(
                        "POST /api/listings/{enterpriseId}/milestones",
                        "{\"milestone\":\"SHAREHOLDING_REFORM\",\"reachedOn\":\"%s\"}".formatted(Steps.today()))
                .readBack(draftView)
                .readBack(
                        "POST /api/listings/{enterpriseId}/milestones",
                        () -> api().get("/api/listings/" + FIRM, official).body())
                .run();
        MassAssignmentReport revocation = probe(TestUser.official(), List.of("POST /api/certificates/{id}/revoke"))
                .pathValue("id", certificate)
                .body("POST /api/certificates/{id}/revoke", "{\"reason\":\"弄虚作假\"}")
                .readBack(() ->
                        api().get("/api/certificates/" + certificate, official).body())
                .run();
        MassAssignmentReport asAdmin = probe(TestUser.admin(), ADMIN_WRITES)
                .pathValue("code", "GAZELLE")
                .pathValue("id", "probe-version")
                .readBack(() -> api().get("/api/programmes/GAZELLE", official).body())
                .run();

        for (MassAssignmentReport report : List.of(asFirm, asOfficial, revocation, asAdmin)) {
            report.assertClean();
        }
        assertThat(api().get("/api/applications/" + draft, official).body()).contains("\"status\":\"DRAFT\"");
    }

    private MassAssignmentProbe probe(TestUser user, List<String> operations) {
        MassAssignmentProbe probe = MassAssignmentProbe.forService("certification-service", api())
                .as(LadderTestInfrastructure.jwtIssuer(), user)
                .onlyPaths("/api/")
                .serverOwned(SERVER_OWNED)
                .seed(20261129L);
        for (String operation : everyWrite()) {
            if (!operations.contains(operation)) {
                probe.skip(operation);
            }
        }
        return probe;
    }

    private static List<String> everyWrite() {
        return java.util.stream.Stream.of(FIRM_WRITES, OFFICIAL_WRITES, ADMIN_WRITES)
                .flatMap(List::stream)
                .toList();
    }
}
