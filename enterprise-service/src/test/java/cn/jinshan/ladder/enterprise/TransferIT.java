package cn.jinshan.ladder.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.TestUser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TransferIT extends EnterpriseIntegrationTest {

    private static final int LAST_YEAR = Year.now().getValue() - 1;

    @Test
    void anOfficialExportsTheFilteredListAsCsvAndXlsx() throws IOException {
        String code = registerFirm("上海导出=测试有限公司");

        HttpResponse<String> csv = api().get("/api/enterprises/export.csv?q=" + code, official());
        HttpResponse<byte[]> xlsx = bytes("/api/enterprises/export.xlsx?q=" + code, official());

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        List<String> lines = csv.body().replace("\uFEFF", "").lines().toList();
        assertThat(lines.get(0)).startsWith("creditCode,legalName,shortName");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith(code + ",上海导出=测试有限公司,").contains(",山阳镇,", ",STARTUP,");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()));
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            List<Row> all = rows.toList();
            assertThat(all).hasSize(2);
            assertThat(all.get(1).getCellText(0)).isEqualTo(code);
        }
    }

    @Test
    void aFirmUserExportsOnlyItsOwnFirm() {
        String mine = registerFirm("上海自家导出有限公司");
        registerFirm("上海别家导出有限公司");

        HttpResponse<String> csv = api().get("/api/enterprises/export.csv", token(TestUser.enterprise(mine)));

        assertThat(csv.body().lines().skip(1).toList())
                .singleElement()
                .asString()
                .startsWith(mine);
    }

    @Test
    void theTemplatesNameEveryColumn() throws IOException {
        HttpResponse<String> csv = api().get("/api/enterprises/import/template.csv", official());
        HttpResponse<byte[]> xlsx = bytes("/api/enterprises/import/template.xlsx", official());

        assertThat(csv.body().replace("\uFEFF", "").trim())
                .startsWith("creditCode,legalName")
                .contains(",year,revenue,");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getSheets().count()).isEqualTo(2);
        }
    }

    @Test
    void importingTheSameCsvTwiceChangesNothingAndReportsTheBadRows() {
        String existing = registerFirm("上海已登记导入有限公司");
        String fresh = CreditCodes.next();
        String bad = fresh.substring(0, 17) + (fresh.charAt(17) == '0' ? '1' : '0');
        String csv =
                "creditCode,legalName,town,cluster,aboveScale,year,revenue,rdRatio,employees,qualityCertifications\n"
                        + fresh + ",\"上海导入新设, 有限公司\",亭林镇,生命健康,是," + (LAST_YEAR - 1) + ",1800,3.5,40,ISO 9001\n"
                        + fresh + ",,,,," + LAST_YEAR + ",2300.5,4.1,45,ISO 9001;ISO 14001\n"
                        + existing + ",,枫泾镇,,,,,,,\n"
                        + bad + ",上海校验码错误有限公司,,,,,,,,\n"
                        + CreditCodes.next() + ",,,,,,,,,\n"
                        + existing + ",,,,," + LAST_YEAR + ",-10,120,abc,\n"
                        + "\n";

        JsonNode first = importFile("firms.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        JsonNode second = importFile("firms.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(first.get("rows").asInt()).isEqualTo(6);
        assertThat(first.get("created").asInt()).isEqualTo(1);
        assertThat(first.get("updated").asInt()).isEqualTo(2);
        assertThat(first.get("rejected").asInt()).isEqualTo(3);
        JsonNode rejected = first.get("rejectedRows");
        assertThat(rejected.get(0).get("row").asInt()).isEqualTo(5);
        assertThat(rejected.get(0).get("errors").get(0).get("rule").asString()).isEqualTo("checksum");
        assertThat(rejected.get(1).get("errors").get(0).get("field").asString()).isEqualTo("legalName");
        assertThat(rejected.get(2).get("errors").findValuesAsString("field")).contains("employees");
        assertThat(second.get("created").asInt()).isZero();
        assertThat(second.get("updated").asInt()).isZero();
        assertThat(second.get("unchanged").asInt()).isEqualTo(3);
        assertThat(second.get("rejectedRows")).isEqualTo(rejected);

        JsonNode metrics = ApiClient.json(api().get("/api/enterprises/" + fresh + "/metrics", official()));
        assertThat(metrics.get("years").size()).isEqualTo(2);
        assertThat(metrics.get("years").get(1).get("source").asString()).isEqualTo("VERIFIED");
        JsonNode profile = ApiClient.json(api().get("/api/enterprises/" + fresh, official()));
        assertThat(profile.get("legalName").asString()).isEqualTo("上海导入新设, 有限公司");
        assertThat(profile.get("aboveScale").asBoolean()).isTrue();
        assertThat(ApiClient.json(api().get("/api/enterprises/" + existing, official()))
                        .get("town")
                        .asString())
                .isEqualTo("枫泾镇");
    }

    @Test
    void anXlsxImportWorksLikeCsvAndFirmsMayNotImport() throws IOException {
        String fresh = CreditCodes.next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("导入");
        List<String> header = List.of("creditCode", "legalName", "registrationDate", "year", "revenue", "employees");
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
        }
        sheet.value(1, 0, fresh);
        sheet.value(1, 1, "上海表格导入有限公司");
        sheet.value(1, 2, java.time.LocalDate.of(2015, 4, 1));
        sheet.value(1, 3, LAST_YEAR);
        sheet.value(1, 4, 5200.25);
        sheet.value(1, 5, 88);
        workbook.finish();

        JsonNode report = importFile("firms.xlsx", "application/octet-stream", out.toByteArray());
        HttpResponse<String> byFirm = multipart(
                "firms.xlsx", "application/octet-stream", out.toByteArray(), token(TestUser.enterprise(fresh)));

        assertThat(report.get("created").asInt()).isEqualTo(1);
        JsonNode firm = ApiClient.json(api().get("/api/enterprises/" + fresh, official()));
        assertThat(firm.get("registrationDate").asString()).isEqualTo("2015-04-01");
        JsonNode year = ApiClient.json(api().get("/api/enterprises/" + fresh + "/metrics/" + LAST_YEAR, official()));
        assertThat(year.get("metrics").get("figures").get("revenue").asDouble()).isEqualTo(5200.25);
        assertThat(byFirm.statusCode()).isEqualTo(403);
    }

    @Test
    void anUnknownColumnRejectsTheFile() {
        HttpResponse<String> response =
                multipart("x.csv", "text/csv", "creditCode,colour\n".getBytes(StandardCharsets.UTF_8), official());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(response).get("errors").get(0).get("message").asString())
                .contains("colour");
    }

    private JsonNode importFile(String name, String type, byte[] content) {
        HttpResponse<String> response = multipart(name, type, content, official());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response);
    }

    private HttpResponse<String> multipart(String name, String type, byte[] content, String token) {
        String boundary = "----ladder" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + "\"\r\nContent-Type: " + type + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api().send(api().request("/api/enterprises/import", token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    private HttpResponse<byte[]> bytes(String path, String token) {
        try {
            return java.net.http.HttpClient.newHttpClient()
                    .send(api().request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
