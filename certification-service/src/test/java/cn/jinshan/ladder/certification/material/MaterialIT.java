package cn.jinshan.ladder.certification.material;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.certification.CertificationIT;
import cn.jinshan.ladder.certification.EnterpriseServiceStubs;
import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.TestUser;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class MaterialIT extends CertificationIT {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = SampleFiles.png();
    private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};

    private String draft(String firm) {
        EnterpriseServiceStubs.firm(ENTERPRISE_SERVICE, firm, "");
        HttpResponse<String> opened = api().post(
                        "/api/applications", token(TestUser.enterprise(firm)), "{\"programme\":\"SPECIALIZED_NEW\"}");
        return ApiClient.json(opened).get("id").asString();
    }

    private HttpResponse<String> upload(String firm, String applicationId, String kind, String name, byte[] content) {
        String boundary = "ladder-boundary-7d3f";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + "\"\r\nContent-Type: " + (name.endsWith(".png") ? "image/png" : "application/pdf")
                        + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = api().request(
                        "/api/applications/" + applicationId + "/materials", token(TestUser.enterprise(firm)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return api().send(request);
    }

    private static String field(HttpResponse<String> response) {
        JsonNode error = ApiClient.json(response).get("errors").get(0);
        return error.get("field").asString() + ":" + error.get("rule").asString();
    }

    @Test
    void eachUploadOfAKindIsANewVersionWithAServerGeneratedName() {
        String firm = "91310116MA1T000201";
        String id = draft(firm);

        HttpResponse<String> first = upload(firm, id, "audit-report", "审计报告.pdf", PDF);
        HttpResponse<String> second = upload(firm, id, "audit-report", "审计报告 (第二版).pdf", PDF);
        HttpResponse<String> image = upload(firm, id, "plaque-photo", "photo.png", PNG);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(ApiClient.json(first).get("version").asInt()).isEqualTo(1);
        assertThat(ApiClient.json(second).get("version").asInt()).isEqualTo(2);
        assertThat(ApiClient.json(second).get("originalName").asString()).isEqualTo("审计报告 (第二版).pdf");
        assertThat(ApiClient.json(image).get("type").asString()).isEqualTo("PNG");
        JsonNode list = ApiClient.json(api().get("/api/applications/" + id + "/materials", token(TestUser.official())));
        assertThat(list).hasSize(3);
    }

    @Test
    void aDownloadIsAnAttachmentWithTheServerNameAndTheSameBytes() throws Exception {
        String firm = "91310116MA1T000202";
        String id = draft(firm);
        String materialId = ApiClient.json(upload(firm, id, "audit-report", "年度报告.pdf", PDF))
                .get("id")
                .asString();

        HttpResponse<byte[]> download = java.net.http.HttpClient.newHttpClient()
                .send(
                        api().request(
                                        "/api/applications/" + id + "/materials/" + materialId,
                                        token(TestUser.official()))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment")
                .contains("audit-report-v1.pdf");
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(Arrays.equals(download.body(), PDF)).isTrue();
    }

    @Test
    void aForgedTypeAnOversizedFileAndABadKindAreRejectedNamingTheRule() {
        String firm = "91310116MA1T000203";
        String id = draft(firm);
        byte[] large = Arrays.copyOf(PDF, 70_000);

        assertThat(field(upload(firm, id, "audit-report", "report.pdf", EXE))).isEqualTo("file:fileType");
        assertThat(field(upload(firm, id, "audit-report", "report.pdf", large))).isEqualTo("file:maxSize");
        assertThat(field(upload(firm, id, "Audit Report", "report.pdf", PDF))).isEqualTo("kind:pattern");
    }

    @Test
    void aMalformedUploadIsABadRequestNotAServerError() {
        String firm = "91310116MA1T000207";
        String id = draft(firm);

        HttpResponse<String> response = upload(firm, id, "audit-report", "bad\";.pdf", PDF);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(response).get("type").asString())
                .isEqualTo("https://ladder.jinshan.gov.cn/problems/bad-request");
        assertThat(field(response)).isEqualTo("file:multipart");
    }

    @Test
    void anotherFirmCannotSeeOrAddMaterials() {
        String owner = "91310116MA1T000204";
        String id = draft(owner);
        upload(owner, id, "audit-report", "report.pdf", PDF);

        assertThat(upload("91310116MA1T000205", id, "audit-report", "x.pdf", PDF)
                        .statusCode())
                .isEqualTo(404);
        assertThat(api().get("/api/applications/" + id + "/materials", token(TestUser.enterprise("91310116MA1T000205")))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void materialsAreFrozenOnceSubmitted() {
        String firm = "91310116MA1T000206";
        String id = draft(firm);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        api().put(
                        "/api/programmes/SPECIALIZED_NEW/windows/it-open",
                        token(TestUser.admin()),
                        "{\"batch\":\"集成测试\",\"opensOn\":\"%s\",\"closesOn\":\"%s\"}"
                                .formatted(today.minusDays(1), today.plusDays(30)));
        api().post(
                        "/api/applications/" + id + "/submit",
                        token(TestUser.enterprise(firm)),
                        "{\"authenticityCommitment\":true}");

        assertThat(upload(firm, id, "audit-report", "late.pdf", PDF).statusCode())
                .isEqualTo(409);
    }
}
