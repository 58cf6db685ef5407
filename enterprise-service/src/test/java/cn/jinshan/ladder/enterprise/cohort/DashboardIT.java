package cn.jinshan.ladder.enterprise.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jinshan.ladder.enterprise.EnterpriseIntegrationTest;
import cn.jinshan.ladder.enterprise.demo.application.SeededDistrict;
import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.KafkaProbe;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

class DashboardIT extends EnterpriseIntegrationTest {

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void district() {
        SeededDistrict.seed(context);
    }

    @Test
    void theDashboardShowsProgressAgainstTargetsAndTheExportsParseBackToTheSameFigures() throws Exception {
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        Map<String, JsonNode> api = new HashMap<>();
        ApiClient.json(api().get("/api/cohorts/dashboard?period=14th-fyp", official()))
                .forEach(row -> api.put(row.get("cohort").get("indicator").asString(), row));
        JsonNode specialized = api.get("SPECIALIZED_NEW");
        assertThat(specialized.get("progress").get("target").asInt()).isEqualTo(100);
        assertThat(specialized.get("progress").get("achieved").asLong())
                .isEqualTo(specialized.get("cohort").get("net").asLong());
        assertThat(specialized.get("progress").get("status").asString()).isIn("ON_TRACK", "AT_RISK");
        assertThat(specialized.get("candidates").get("status").asString()).isIn("available", "unavailable");
        assertThat(api.get("LISTED").get("progress").get("achieved").asLong())
                .isEqualTo(api.get("LISTED").get("cohort").get("stock").asLong());

        HttpResponse<byte[]> xlsx = bytes("/api/cohorts/dashboard.xlsx?period=14th-fyp");
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("ladder-dashboard-14th-fyp-asof-" + today + ".xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).contains("dashboard", "SPECIALIZED_NEW", "LISTED");
            List<Row> rows = sheets.get(0).read();
            for (Row row : rows.subList(1, rows.size())) {
                JsonNode cohort = api.get(row.getCellText(0)).get("cohort");
                assertThat(row.getCellAsNumber(5).orElseThrow().longValue())
                        .isEqualTo(cohort.get("gross").asLong());
                assertThat(row.getCellAsNumber(6).orElseThrow().longValue())
                        .isEqualTo(cohort.get("net").asLong());
                assertThat(row.getCellAsNumber(7).orElseThrow().longValue())
                        .isEqualTo(cohort.get("stock").asLong());
            }
            Sheet members = sheets.stream()
                    .filter(s -> s.getName().equals("SPECIALIZED_NEW"))
                    .findFirst()
                    .orElseThrow();
            assertThat(members.read())
                    .hasSize(1 + specialized.get("cohort").get("gross").asInt());
        }

        String csv =
                new String(bytes("/api/cohorts/dashboard.csv?period=14th-fyp").body(), StandardCharsets.UTF_8);
        Map<String, String[]> lines = csv.lines()
                .skip(1)
                .map(line -> line.split(",", -1))
                .collect(Collectors.toMap(cells -> cells[0], cells -> cells));
        api.forEach((indicator, row) -> {
            assertThat(Long.parseLong(lines.get(indicator)[5]))
                    .isEqualTo(row.get("cohort").get("gross").asLong());
            assertThat(Long.parseLong(lines.get(indicator)[6]))
                    .isEqualTo(row.get("cohort").get("net").asLong());
        });

        HttpResponse<byte[]> net = bytes("/api/cohorts/SPECIALIZED_NEW/firms.csv?period=14th-fyp&scope=NET");
        assertThat(net.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("ladder-SPECIALIZED_NEW-net-14th-fyp-asof-" + today + ".csv");
        assertThat(new String(net.body(), StandardCharsets.UTF_8).lines().count() - 1)
                .isEqualTo(specialized.get("cohort").get("net").asLong());
    }

    @Test
    void theFunnelCountsStagesConversionsMediansAndTheForecastUsesPassRates() {
        String programme = "GAZELLE";
        Instant start = Instant.now().minus(Duration.ofDays(40));
        String approved = UUID.randomUUID().toString();
        String rejected = UUID.randomUUID().toString();
        String applied = UUID.randomUUID().toString();
        String recommended = UUID.randomUUID().toString();
        send(approved, "ApplicationSubmitted", programme, start);
        send(approved, "ApplicationRecommended", programme, start.plus(Duration.ofDays(10)));
        send(approved, "ApplicationApproved", programme, start.plus(Duration.ofDays(20)));
        send(rejected, "ApplicationSubmitted", programme, start);
        send(rejected, "ApplicationRecommended", programme, start.plus(Duration.ofDays(10)));
        send(rejected, "ApplicationRejected", programme, start.plus(Duration.ofDays(30)));
        send(applied, "ApplicationSubmitted", programme, start);
        send(recommended, "ApplicationSubmitted", programme, start);
        send(recommended, "ApplicationRecommended", programme, start.plus(Duration.ofDays(10)));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> funnel(programme).get("recommended").asInt() == 3
                        && funnel(programme).get("approved").asInt() == 1
                        && funnel(programme).get("inFlight").get("RECOMMENDED").asInt() == 1);
        JsonNode funnel = funnel(programme);
        assertThat(funnel.get("applied").asInt()).isEqualTo(4);
        assertThat(funnel.get("appliedToRecommended").asDouble()).isEqualTo(0.75);
        assertThat(funnel.get("passRate").get("RECOMMENDED").asDouble()).isEqualTo(0.5);
        assertThat(funnel.get("inFlight").get("APPLIED").asInt()).isEqualTo(1);
        assertThat(funnel.get("forecast").asDouble()).isEqualTo(1.0);
        assertThat(funnel.get("medianDaysToRecommendation").asDouble()).isEqualTo(10.0);
        assertThat(funnel.get("medianDaysToDecision").asDouble()).isEqualTo(10.0);

        String before = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(45).toString();
        var past = api().get("/api/cohorts/funnel?programme=" + programme + "&asOf=" + before, official());
        assertThat(ApiClient.json(past).get("applied").asInt()).isZero();
        var missing = api().get("/api/cohorts/funnel", official());
        assertThat(ApiClient.json(missing).get("errors").findValuesAsString("field"))
                .contains("programme");
    }

    private JsonNode funnel(String programme) {
        return ApiClient.json(api().get("/api/cohorts/funnel?programme=" + programme, official()));
    }

    private HttpResponse<byte[]> bytes(String path) throws Exception {
        HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient()
                .send(api().request(path, official()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    private static void send(String application, String type, String programme, Instant at) {
        KafkaProbe.send("certification.events", application, """
                {"eventId":"%s","type":"certification.%s","version":1,"occurredAt":"%s","aggregateId":"%s",
                 "payload":{"applicationId":"%s","enterpriseId":"91310116MA1J8K3L22","programme":"%s",
                  "ruleVersion":"JINSHAN-GAZELLE-2021","year":2026,"status":"X","previousStatus":"Y",
                  "actor":"a","actorRole":"OFFICIAL"}}
                """.formatted(
                        UUID.randomUUID(), type, at, application, application, programme));
    }
}
