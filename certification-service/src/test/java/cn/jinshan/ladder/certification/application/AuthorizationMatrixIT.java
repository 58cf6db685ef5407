package cn.jinshan.ladder.certification.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.certification.CertificationIT;
import cn.jinshan.ladder.certification.EnterpriseServiceStubs;
import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.AuthorizationMatrix;
import cn.jinshan.ladder.kit.test.TestUser;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every route of the OpenAPI document × anonymous, another firm and a specialist outside the victim's portfolio, on
 * a victim firm's objects; then the firm-only writes × official and administrator, and the officials' decisions ×
 * administrator and specialist: each must be refused (403) and leave the victim's objects unchanged.
 */
class AuthorizationMatrixIT extends CertificationIT {

    private static final String VICTIM = "91310116MA7X9W3P4M";
    private static final String ATTACKER = "91310116MA7Y8T2Q6K";
    private static final String PORTFOLIO_FIRM = "91310116MA7Z1R5S8N";
    private static final String PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n";

    @Test
    void noCallerReachesAnotherFirmsApplicationsOrCertificates() {
        Steps steps = new Steps(api());
        steps.openWindow("SPECIALIZED_NEW");
        EnterpriseServiceStubs.firm(ENTERPRISE_SERVICE, VICTIM, "\"INNOVATIVE_SME\"");
        EnterpriseServiceStubs.newFirm(ENTERPRISE_SERVICE, ATTACKER);
        String application = steps.approvedThroughHigherReview(VICTIM, "SPECIALIZED_NEW")
                .get("id")
                .asString();
        JsonNode certificates =
                ApiClient.json(api().get("/api/certificates?enterpriseId=" + VICTIM, token(TestUser.official())));
        JsonNode list = certificates.has("items") ? certificates.get("items") : certificates;
        String certificate = list.get(0).get("id").asString();
        String applicationBefore = api().get("/api/applications/" + application, token(TestUser.official()))
                .body();
        String certificateBefore = api().get("/api/certificates/" + certificate, token(TestUser.official()))
                .body();
        EnterpriseServiceStubs.list(ENTERPRISE_SERVICE, PORTFOLIO_FIRM);
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("other firm", token(TestUser.enterprise(ATTACKER)));
        callers.put("specialist outside the portfolio", token(TestUser.specialist("specialist-outside")));
        AuthorizationMatrix matrix = AuthorizationMatrix.fromOpenApi(api());

        assertThat(matrix.operations()).hasSizeGreaterThan(15);
        assertThat(matrix.anonymousCalls(Map.of("id", application))).isEmpty();
        for (Map<String, String> victimIds : List.of(
                Map.of("id", application, "enterpriseId", VICTIM), Map.of("id", certificate, "enterpriseId", VICTIM))) {
            callers.forEach((caller, token) ->
                    assertThat(matrix.foreignCalls(caller, token, victimIds)).isEmpty());
            assertThat(matrix.randomProbes(callers, victimIds, 500, 20261128L)).isEmpty();
        }
        assertThat(wrongRoleCalls(application, certificate)).isEmpty();
        assertThat(api().get("/api/applications/" + application, token(TestUser.official()))
                        .body())
                .isEqualTo(applicationBefore);
        assertThat(api().get("/api/certificates/" + certificate, token(TestUser.official()))
                        .body())
                .isEqualTo(certificateBefore);
    }

    /**
     * Writes reserved to another role, called with a well-formed body: the firm's own writes by an official and an
     * administrator, the officials' review steps and revocation by an administrator and a specialist. Anything but
     * 403 is a breach.
     */
    private List<String> wrongRoleCalls(String application, String certificate) {
        String today = Steps.today().toString();
        String app = "/api/applications/" + application;
        Map<String, String> firmWrites = new LinkedHashMap<>();
        firmWrites.put("POST /api/applications", "{\"programme\":\"SPECIALIZED_NEW\"}");
        firmWrites.put("PUT " + app, "{\"metrics\":{\"revenue\":1},\"answers\":{}}");
        firmWrites.put("POST " + app + "/submit", "{\"authenticityCommitment\":true}");
        firmWrites.put("POST " + app + "/resubmit", "{\"comment\":\"补正\"}");
        firmWrites.put("POST " + app + "/withdraw", "{\"reason\":\"撤回\"}");
        Map<String, String> officialWrites = new LinkedHashMap<>();
        officialWrites.put("POST " + app + "/review/start", "{\"comment\":\"受理\"}");
        officialWrites.put("POST " + app + "/review/return", "{\"reason\":\"退回\"}");
        officialWrites.put("POST " + app + "/review/recommend", "{\"comment\":\"推荐\"}");
        officialWrites.put("POST " + app + "/review/publicity", "{\"publicityEndsOn\":\"" + today + "\"}");
        officialWrites.put("POST " + app + "/review/approve", "{\"announcedOn\":\"" + today + "\"}");
        officialWrites.put("POST " + app + "/review/reject", "{\"reason\":\"驳回\"}");
        officialWrites.put(
                "POST /api/applications/review/bulk",
                "{\"action\":\"reject\",\"applicationIds\":[\"" + application + "\"],\"comment\":\"驳回\"}");
        officialWrites.put("POST /api/certificates/" + certificate + "/revoke", "{\"reason\":\"撤销\"}");
        Map<String, TestUser> firmOnlyCallers = Map.of("official", TestUser.official(), "admin", TestUser.admin());
        Map<String, TestUser> officialOnlyCallers =
                Map.of("admin", TestUser.admin(), "specialist", TestUser.specialist("specialist-outside"));
        List<String> breaches = new ArrayList<>();
        int calls = 0;
        for (Map.Entry<String, TestUser> caller : firmOnlyCallers.entrySet()) {
            for (Map.Entry<String, String> write : firmWrites.entrySet()) {
                calls++;
                breaches.addAll(expectForbidden(caller.getKey(), caller.getValue(), write.getKey(), write.getValue()));
            }
            calls++;
            HttpResponse<String> upload = upload(app + "/materials", caller.getValue());
            if (upload.statusCode() != 403) {
                breaches.add(caller.getKey() + " POST " + app + "/materials answered " + upload.statusCode());
            }
        }
        for (Map.Entry<String, TestUser> caller : officialOnlyCallers.entrySet()) {
            for (Map.Entry<String, String> write : officialWrites.entrySet()) {
                calls++;
                breaches.addAll(expectForbidden(caller.getKey(), caller.getValue(), write.getKey(), write.getValue()));
            }
        }
        System.out.printf(
                "SECURITY authorization-matrix service=certification-service check=wrong-role-writes calls=%d"
                        + " breaches=%d%n",
                calls, breaches.size());
        return breaches;
    }

    private List<String> expectForbidden(String caller, TestUser user, String route, String body) {
        String[] methodAndPath = route.split(" ", 2);
        HttpRequest request = api().request(methodAndPath[1], token(user))
                .header("Content-Type", "application/json")
                .method(methodAndPath[0], HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = api().send(request);
        return response.statusCode() == 403
                ? List.of()
                : List.of(caller + " " + route + " answered " + response.statusCode() + " " + response.body());
    }

    private HttpResponse<String> upload(String path, TestUser user) {
        String boundary = "matrix-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\naudit-report\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"report.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n" + PDF + "\r\n--" + boundary + "--\r\n";
        return api().send(api().request(path, token(user))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }
}
