package cn.jinshan.ladder.systemtest;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/**
 * Applications of a demo firm brought to publicity before the broker outage, so that officials approve them during
 * it: each approval issues a certificate in certification-service whose {@code CertificateIssued} event must become
 * exactly one holding on the firm's ladder (enterprise-service) and one item in the firm's inbox (notification-service).
 */
final class Certificates {

    static final String FIRM_USER = "firm.fengtai";
    static final String FIRM = "91310116MA1H9P4Q57";
    static final String ISSUED = "certification.CertificateIssued";
    private static final List<String> PROGRAMMES =
            List.of("TECH_CENTER_DISTRICT", "HEADQUARTERS", "LISTING", "TECH_CENTER_MUNICIPAL");

    /** An application in publicity, waiting for its approval. */
    record Prepared(String applicationId, String programme) {}

    /** An approval: the certificate it issued, or the status that refused it. */
    record Approval(String applicationId, int status, String certificateId, String phase) {}

    private Certificates() {}

    /** Opens a window for up to {@code wanted} programmes the firm has not submitted to this year, applies and reviews. */
    static List<Prepared> prepare(int wanted) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Api admin = Api.as("admin");
        Api firm = Api.as(FIRM_USER);
        Api official = Api.as("official");
        JsonNode applications = firm.get("/api/applications?enterpriseId=" + FIRM);
        List<Prepared> prepared = new ArrayList<>();
        for (String programme : PROGRAMMES) {
            if (prepared.size() == wanted) {
                break;
            }
            boolean applied = StreamSupport.stream(applications.spliterator(), false)
                    .anyMatch(a -> programme.equals(a.path("programme").asString())
                            && a.path("year").asInt() == today.getYear()
                            && !List.of("DRAFT", "WITHDRAWN")
                                    .contains(a.path("status").asString()));
            if (applied) {
                continue;
            }
            String window = "outage-" + today.getYear();
            admin.put(
                    "/api/programmes/" + programme + "/windows/" + window,
                    Map.of(
                            "id",
                            window,
                            "batch",
                            today.getYear() + "年断连演练批次",
                            "opensOn",
                            today.minusDays(1).toString(),
                            "closesOn",
                            today.plusDays(30).toString()));
            String id = firm.post("/api/applications", Map.of("programme", programme))
                    .path("id")
                    .asString();
            firm.post("/api/applications/" + id + "/submit", Map.of("authenticityCommitment", true));
            official.post("/api/applications/" + id + "/review/start", Map.of("comment", "断连演练：开始区级审核"));
            Map<String, Object> publicity =
                    Map.of("publicityEndsOn", today.plusDays(7).toString(), "comment", "断连演练：公示");
            HttpResponse<String> answer =
                    official.call("POST", "/api/applications/" + id + "/review/publicity", publicity);
            if (answer.statusCode() == 409) {
                // a programme decided higher up is recommended first
                official.post("/api/applications/" + id + "/review/recommend", Map.of("comment", "断连演练：推荐"));
                official.post("/api/applications/" + id + "/review/publicity", publicity);
            } else if (answer.statusCode() / 100 != 2) {
                throw new AssertionError("publicity of " + id + " → " + answer.statusCode() + " " + answer.body());
            }
            prepared.add(new Prepared(id, programme));
        }
        return prepared;
    }

    /** Approves the application as the official; never throws, the status is recorded. */
    static Approval approve(Api official, Prepared application, String phase) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        try {
            HttpResponse<String> answer = official.call(
                    "POST",
                    "/api/applications/" + application.applicationId() + "/review/approve",
                    Map.of("announcedOn", today.toString(), "comment", "断连演练：批准"));
            String certificate = answer.statusCode() / 100 == 2
                    ? Api.JSON.readTree(answer.body()).path("certificateId").asString()
                    : null;
            return new Approval(application.applicationId(), answer.statusCode(), certificate, phase);
        } catch (AssertionError e) {
            return new Approval(application.applicationId(), 0, null, phase);
        }
    }

    /** The firm's ladder holdings with this certificate id (exactly one is the effect). */
    static long holdings(Api official, String certificateId) {
        JsonNode ladder = official.get("/api/enterprises/" + FIRM + "/ladder");
        return StreamSupport.stream(ladder.path("holdings").spliterator(), false)
                .filter(holding ->
                        certificateId.equals(holding.path("certificateId").asString()))
                .count();
    }

    /** The firm's {@code CertificateIssued} inbox items created since {@code since} (one per approval is the effect). */
    static long inboxItems(Api firm, Instant since) {
        return Inbox.itemsByEnterprise(firm, ISSUED).getOrDefault(FIRM, Map.of()).values().stream()
                .filter(created -> !created.isBefore(since))
                .count();
    }
}
