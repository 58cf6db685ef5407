package cn.jinshan.ladder.certification.material;

import static cn.jinshan.ladder.certification.material.SampleFiles.EICAR;
import static cn.jinshan.ladder.certification.material.SampleFiles.ascii;
import static cn.jinshan.ladder.certification.material.SampleFiles.concat;
import static cn.jinshan.ladder.certification.material.SampleFiles.jpeg;
import static cn.jinshan.ladder.certification.material.SampleFiles.pdf;
import static cn.jinshan.ladder.certification.material.SampleFiles.png;
import static cn.jinshan.ladder.certification.material.SampleFiles.zip;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.certification.CertificationIT;
import cn.jinshan.ladder.certification.EnterpriseServiceStubs;
import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.TestUser;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Issue 8, security item 5: a corpus of hostile files, each uploaded as a material by the application's own firm,
 * each refused with a 400 problem naming {@code file} and the rule it breaks, and nothing stored. Then the download
 * path of a legitimate material: only its random id under its application, with authorization, as an attachment.
 */
class HostileUploadsIT extends CertificationIT {

    private static final String FIRM = "91310116MA1T000301";
    private static final int MAX_BYTES = 65_536;

    /** One hostile file: what it is, its name, its declared type, its bytes and the rule that must refuse it. */
    record Hostile(String what, String name, String type, byte[] content, String rule) {}

    @Autowired
    private MongoTemplate mongo;

    static List<Hostile> corpus() {
        byte[] html = ascii("<!DOCTYPE html><html><body><script>fetch('/api/applications')</script></body></html>");
        byte[] svg = ascii("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.domain)</script></svg>");
        byte[] exe = concat(ascii("MZ"), new byte[] {(byte) 0x90, 0, 3, 0, 0, 0, 4, 0}, ascii("This program"));
        byte[] elf = concat(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, new byte[24]);
        byte[] lnk =
                concat(new byte[] {0x4C, 0, 0, 0, 1, 0x14, 0x02, 0, 0, 0, 0, 0, (byte) 0xC0, 0, 0, 0}, new byte[60]);
        byte[] jar = zip("META-INF/MANIFEST.MF", ascii("Manifest-Version: 1.0\nMain-Class: Evil\n"), 0);
        byte[] gif = concat(ascii("GIF89a"), new byte[] {1, 0, 1, 0, 0, 0, 0, 0x3B});
        byte[] oversize =
                concat(ascii("%PDF-1.7\n"), ascii(" ".repeat(MAX_BYTES + 1 - 9 - 7)), ascii("%%EOF\n"), ascii(" "));
        List<Hostile> corpus = new ArrayList<>(List.of(
                // wrong magic bytes under allowed extensions
                new Hostile("HTML page named .pdf", "report.pdf", "application/pdf", html, "fileType"),
                new Hostile("Windows executable (MZ) named .pdf", "report.pdf", "application/pdf", exe, "fileType"),
                new Hostile("ELF binary named .png", "photo.png", "image/png", elf, "fileType"),
                new Hostile(
                        "shell script named .jpg",
                        "photo.jpg",
                        "image/jpeg",
                        ascii("#!/bin/sh\nrm -rf ~\n"),
                        "fileType"),
                new Hostile("Windows shortcut (.lnk) named .pdf", "report.pdf", "application/pdf", lnk, "fileType"),
                new Hostile("SVG with script named .png", "photo.png", "image/png", svg, "fileType"),
                new Hostile("SVG with script as SVG", "drawing.svg", "image/svg+xml", svg, "fileType"),
                new Hostile("GIFAR (GIF + JAR) named .png", "photo.png", "image/png", concat(gif, jar), "fileType"),
                new Hostile(
                        "ZIP bomb-like archive (16 MiB of zeros) named .pdf",
                        "report.pdf",
                        "application/pdf",
                        zip("a.txt", ascii("x"), 16 * 1024 * 1024),
                        "fileType"),
                new Hostile("HTML declared text/html", "page.html", "text/html", html, "fileType"),
                // EICAR test signature
                new Hostile("EICAR named .pdf", "report.pdf", "application/pdf", ascii(EICAR), "malware"),
                new Hostile("EICAR named .txt", "readme.txt", "text/plain", ascii(EICAR), "malware"),
                new Hostile("EICAR inside a PDF", "report.pdf", "application/pdf", pdf("% " + EICAR), "malware"),
                // polyglots and active content
                new Hostile(
                        "PDF header then HTML/JS payload",
                        "report.pdf",
                        "application/pdf",
                        pdf("<html><script>alert(1)</script></html>"),
                        "embeddedContent"),
                new Hostile(
                        "PDF with a ZIP appended",
                        "report.pdf",
                        "application/pdf",
                        concat(pdf(), zip("a.txt", ascii("payload"), 0)),
                        "structure"),
                new Hostile(
                        "PDF with a JAR appended", "report.pdf", "application/pdf", concat(pdf(), jar), "structure"),
                new Hostile(
                        "PNG with a PHP tail",
                        "photo.png",
                        "image/png",
                        concat(png(), ascii("<?php system($_GET['c']); ?>")),
                        "structure"),
                new Hostile(
                        "PNG with PHP in a text chunk",
                        "photo.png",
                        "image/png",
                        png("<?php system($_GET['c']); ?>"),
                        "embeddedContent"),
                new Hostile(
                        "JPEG header but an HTML page",
                        "photo.jpg",
                        "image/jpeg",
                        concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, html),
                        "structure"),
                new Hostile(
                        "JPEG with a script after its end",
                        "photo.jpg",
                        "image/jpeg",
                        concat(jpeg(), ascii("<script>alert(1)</script>")),
                        "structure"),
                new Hostile(
                        "PDF with /OpenAction /JavaScript",
                        "report.pdf",
                        "application/pdf",
                        pdf("3 0 obj << /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj"),
                        "activeContent"),
                new Hostile(
                        "PDF with /Launch",
                        "report.pdf",
                        "application/pdf",
                        pdf("3 0 obj << /S /Launch /F (cmd.exe) >> endobj"),
                        "activeContent"),
                new Hostile(
                        "PDF with an embedded file",
                        "report.pdf",
                        "application/pdf",
                        pdf("3 0 obj << /Type /EmbeddedFile /Length 3 >> stream\nabc\nendstream endobj"),
                        "activeContent"),
                new Hostile(
                        "truncated PDF (header only)",
                        "report.pdf",
                        "application/pdf",
                        ascii("%PDF-1.7\n"),
                        "structure"),
                new Hostile("truncated PNG", "photo.png", "image/png", Arrays.copyOf(png(), 20), "structure"),
                // double extensions and hostile names on valid content
                new Hostile("report.pdf.exe", "report.pdf.exe", "application/pdf", pdf(), "extension"),
                new Hostile("report.exe.pdf", "report.exe.pdf", "application/pdf", pdf(), "extension"),
                new Hostile("name with a trailing space", "report.pdf ", "application/pdf", pdf(), "fileName"),
                new Hostile("name with a trailing dot", "report.pdf.", "application/pdf", pdf(), "fileName"),
                new Hostile("path traversal /", "../../etc/passwd.pdf", "application/pdf", pdf(), "fileName"),
                new Hostile("path traversal \\", "..\\..\\win.ini.pdf", "application/pdf", pdf(), "fileName"),
                new Hostile(
                        "NUL in the name (refused by the multipart parser)",
                        "report.exe\u0000.pdf",
                        "application/pdf",
                        pdf(),
                        "multipart"),
                new Hostile("percent-encoded NUL", "report.exe%00.pdf", "application/pdf", pdf(), "fileName"),
                new Hostile("CR/LF in the name", "report\r\nX-Injected: 1.pdf", "application/pdf", pdf(), "fileName"),
                new Hostile("RTL override (U+202E)", "invoice\u202Efdp.exe.pdf", "application/pdf", pdf(), "fileName"),
                new Hostile("reserved Windows name", "CON.pdf", "application/pdf", pdf(), "fileName"),
                new Hostile(
                        "overlong name (300 chars)", "a".repeat(296) + ".pdf", "application/pdf", pdf(), "fileName"),
                new Hostile(
                        "markup in the name", "<img src=x onerror=alert(1)>.pdf", "application/pdf", pdf(), "fileName"),
                // size
                new Hostile("one byte over the cap", "report.pdf", "application/pdf", oversize, "maxSize"),
                new Hostile("empty file", "report.pdf", "application/pdf", new byte[0], "notEmpty"),
                // declared type against content
                new Hostile("PNG declared as application/pdf", "photo.png", "application/pdf", png(), "contentType"),
                new Hostile("PDF declared as text/html", "report.pdf", "text/html", pdf(), "contentType")));
        assertThat(oversize).hasSize(MAX_BYTES + 1);
        return corpus;
    }

    @Test
    void everyHostileFileIsRefusedNamingTheRuleAndNothingIsStored() {
        EnterpriseServiceStubs.firm(ENTERPRISE_SERVICE, FIRM, "");
        String id = ApiClient.json(api().post(
                                "/api/applications",
                                token(TestUser.enterprise(FIRM)),
                                "{\"programme\":\"SPECIALIZED_NEW\"}"))
                .get("id")
                .asString();
        String applicationBefore =
                api().get("/api/applications/" + id, token(TestUser.official())).body();
        long filesBefore = mongo.getCollection("materials.files").countDocuments();
        long chunksBefore = mongo.getCollection("materials.chunks").countDocuments();
        List<Hostile> corpus = corpus();
        List<String> wrong = new ArrayList<>();
        int rejected = 0;

        for (Hostile hostile : corpus) {
            HttpResponse<String> response = Uploads.upload(
                    api(),
                    token(TestUser.enterprise(FIRM)),
                    id,
                    "audit-report",
                    hostile.name(),
                    hostile.type(),
                    hostile.content());
            String answer = response.statusCode() + " " + response.body();
            if (response.statusCode() >= 400 && response.statusCode() < 500) {
                rejected++;
            }
            JsonNode errors = response.body().startsWith("{")
                    ? ApiClient.json(response).path("errors")
                    : MissingNode.getInstance();
            boolean named = errors.size() == 1
                    && errors.get(0).get("field").asString().equals("file")
                    && errors.get(0).get("rule").asString().equals(hostile.rule());
            if (response.statusCode() != 400 || !named) {
                wrong.add(hostile.what() + " → " + answer);
            }
        }
        long stored = mongo.getCollection("materials.files").countDocuments() - filesBefore;
        System.out.printf(
                "SECURITY hostile-uploads files=%d rejected=%d neutralised=%d stored=%d%n",
                corpus.size(), rejected, 0, stored);

        assertThat(corpus).hasSizeGreaterThanOrEqualTo(25);
        assertThat(wrong).isEmpty();
        assertThat(rejected).isEqualTo(corpus.size());
        assertThat(stored).isZero();
        assertThat(mongo.getCollection("materials.chunks").countDocuments()).isEqualTo(chunksBefore);
        assertThat(mongo.getCollection("materials.files").countDocuments(new Document("metadata.applicationId", id)))
                .isZero();
        assertThat(api().get("/api/applications/" + id, token(TestUser.official()))
                        .body())
                .isEqualTo(applicationBefore);
        assertThat(ApiClient.json(api().get("/api/applications/" + id + "/materials", token(TestUser.official()))))
                .isEmpty();
    }

    @Test
    void aStoredFileIsReachableOnlyByItsRandomIdUnderItsApplicationWithAuthorization() throws Exception {
        String firm = "91310116MA1T000302";
        EnterpriseServiceStubs.firm(ENTERPRISE_SERVICE, firm, "");
        EnterpriseServiceStubs.newFirm(ENTERPRISE_SERVICE, "91310116MA1T000303");
        String id = openDraft(firm);
        String otherOfTheSameFirm = openDraftOf(firm, "INNOVATIVE_SME");
        HttpResponse<String> uploaded = Uploads.upload(
                api(), token(TestUser.enterprise(firm)), id, "audit-report", "审计报告.pdf", "application/pdf", pdf());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        String materialId = ApiClient.json(uploaded).get("id").asString();
        Document file = mongo.getCollection("materials.files")
                .find(new Document("metadata.applicationId", id))
                .first();
        Document chunk = mongo.getCollection("materials.chunks")
                .find(new Document("files_id", materialId))
                .first();
        String official = token(TestUser.official());
        String base = "/api/applications/" + id + "/materials/";

        assertThat(materialId).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(file.getString("filename")).isEqualTo("audit-report-v1.pdf");
        assertThat(api().get(base + materialId, null).statusCode()).isEqualTo(401);
        assertThat(api().get(base + materialId, token(TestUser.enterprise("91310116MA1T000303")))
                        .statusCode())
                .isEqualTo(404);
        assertThat(api().get(base + "audit-report-v1.pdf", official).statusCode())
                .isEqualTo(404);
        assertThat(api().get(base + chunk.getObjectId("_id").toHexString(), official)
                        .statusCode())
                .isEqualTo(404);
        assertThat(api().get("/api/applications/" + otherOfTheSameFirm + "/materials/" + materialId, official)
                        .statusCode())
                .isEqualTo(404);
        for (String guess : List.of(
                "/materials/" + materialId,
                "/materials/audit-report-v1.pdf",
                "/fs/materials/" + materialId,
                "/api/materials/" + materialId,
                "/audit-report-v1.pdf")) {
            assertThat(api().get(guess, official).statusCode()).as(guess).isIn(401, 403, 404);
        }
        HttpResponse<byte[]> download = HttpClient.newHttpClient()
                .send(
                        api().request(base + materialId, official).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment")
                .contains("audit-report-v1.pdf");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(Arrays.equals(download.body(), pdf())).isTrue();
    }

    private String openDraft(String firm) {
        return openDraftOf(firm, "SPECIALIZED_NEW");
    }

    private String openDraftOf(String firm, String programme) {
        HttpResponse<String> opened = api().post(
                        "/api/applications", token(TestUser.enterprise(firm)), "{\"programme\":\"" + programme + "\"}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        return ApiClient.json(opened).get("id").asString();
    }
}
