package cn.jinshan.ladder.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.enterprise.cohort.Rebuilds;
import cn.jinshan.ladder.enterprise.registry.application.DirectoryUpkeep;
import cn.jinshan.ladder.enterprise.registry.application.EnterpriseService;
import cn.jinshan.ladder.enterprise.registry.domain.CertificateChange;
import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.LadderTestInfrastructure;
import cn.jinshan.ladder.kit.test.TestUser;
import cn.jinshan.ladder.mongostandin.MongoStandIn;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The read paths of issue 9 (b) and (d) against the MongoDB stand-in's H2 backend (no secondary indexes, every
 * scanned document deserialized): 20,000 firms stored straight into Mongo behind the service's back, then timed
 * filtered lists, dashboards and drill-downs, beside the scan the list used to issue (the same filter, count and page
 * run straight against the stand-in), and what loading the list read model at start costs for that many firms.
 * Listeners stay off in this context, so it never joins the shared consumer group.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.kafka.listener.auto-startup=false",
            "ladder.cohorts.candidates-ttl=0s",
            "ladder.changes.sweep-interval-ms=3600000"
        })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ListReadModelIT {

    private static final int FIRMS = 20_000;
    private static final List<String> TOWNS =
            List.of("山阳镇", "枫泾镇", "朱泾镇", "亭林镇", "吕巷镇", "廊下镇", "张堰镇", "漕泾镇", "金山卫镇", "石化街道");
    private static final MongoStandIn STAND_IN = startStandIn();
    private static final WireMockServer CERTIFICATION_SERVICE = startCertificationService();

    @DynamicPropertySource
    static void h2Backend(DynamicPropertyRegistry registry) {
        LadderTestInfrastructure.register(registry, "enterprise");
        registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + STAND_IN.port() + "/enterprise");
        registry.add("ladder.certification-service.url", CERTIFICATION_SERVICE::baseUrl);
    }

    @AfterAll
    static void stop() {
        CERTIFICATION_SERVICE.stop();
        STAND_IN.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    EnterpriseService enterprises;

    @Autowired
    DirectoryUpkeep upkeep;

    @Test
    void filteredListsDashboardsAndDrillDownsOn20000FirmsInTheH2StandIn() {
        String specialized = registerFirm("上海基准模板专精有限公司");
        enterprises.applyCertificate(
                specialized,
                new CertificateChange(
                        CertificateChange.Kind.ISSUED,
                        "bench-template-cert",
                        "SPECIALIZED_NEW",
                        "DISTRICT",
                        "沪专精2026-0001",
                        LocalDate.of(2026, 3, 1),
                        LocalDate.of(2029, 2, 28),
                        "MIIT-2022-63",
                        LocalDate.of(2026, 3, 1),
                        null),
                Instant.parse("2026-03-01T02:00:00Z"));
        String plain = registerFirm("上海基准模板普通有限公司");
        String rung;
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + STAND_IN.port())) {
            MongoCollection<Document> stored = client.getDatabase("enterprise").getCollection("enterprises");
            Document specializedTemplate =
                    stored.find(Filters.eq("_id", specialized)).first();
            Document plainTemplate = stored.find(Filters.eq("_id", plain)).first();
            rung = specializedTemplate.getString("rung");
            long seeding = System.nanoTime();
            seed(stored, specializedTemplate, plainTemplate);
            double seeded = (System.nanoTime() - seeding) / 1e9;
            long rebuilding = System.nanoTime();
            JsonNode job = Rebuilds.runToEnd(api(), token(TestUser.admin()));
            double rebuilt = (System.nanoTime() - rebuilding) / 1e9;
            assertThat(job.get("state").asString()).isEqualTo("SUCCEEDED");
            long loading = System.nanoTime();
            int loaded = upkeep.load();
            long loadMillis = (System.nanoTime() - loading) / 1_000_000;
            assertThat(loaded).isEqualTo(FIRMS + 2);

            List<Long> scan = time(50, i -> () -> {
                String town = TOWNS.get(i % TOWNS.size());
                var filter = Filters.and(
                        Filters.eq("departure", null), Filters.eq("rung", rung), Filters.eq("profile.town", town));
                long total = stored.countDocuments(filter);
                List<Document> page = stored.find(filter)
                        .sort(Sorts.ascending("_id"))
                        .limit(20)
                        .into(new ArrayList<>());
                assertThat(total).isGreaterThanOrEqualTo(FIRMS / 4 / TOWNS.size());
                assertThat(page).hasSize(20);
                return total;
            });
            String official = token(TestUser.official());
            List<Long> lists = time(200, i -> () -> {
                String town = TOWNS.get(i % TOWNS.size());
                JsonNode page = ok(api().get(
                                "/api/enterprises?town=" + town + "&rung=" + rung + "&page=" + (i % 5) + "&size=20",
                                official));
                assertThat(page.get("total").asLong()).isEqualTo(FIRMS / 4 / TOWNS.size());
                assertThat(page.get("items").size()).isEqualTo(20);
                return page.get("total").asLong();
            });
            List<Long> byId = time(200, i -> () -> {
                JsonNode firm = ok(api().get("/api/enterprises/" + (i % 2 == 0 ? specialized : plain), official));
                assertThat(firm.get("creditCode").asString()).isIn(specialized, plain);
                return 1L;
            });
            List<Long> byIdBesideLists = besideLists(
                    rung,
                    official,
                    () -> time(200, i -> () -> {
                        ok(api().get("/api/enterprises/" + (i % 2 == 0 ? specialized : plain), official));
                        return 1L;
                    }));
            List<Long> dashboards = time(50, i -> () -> {
                JsonNode rows = ok(api().get("/api/cohorts/dashboard", official));
                assertThat(rows.size()).isEqualTo(6);
                return (long) rows.size();
            });
            List<Long> drillDowns = time(50, i -> () -> {
                JsonNode members = ok(api().get("/api/cohorts/SPECIALIZED_NEW/firms?scope=GROSS", official));
                assertThat(members.get("count").asLong()).isGreaterThanOrEqualTo(FIRMS / 4);
                return members.get("count").asLong();
            });
            System.out.printf(
                    "BENCH enterprise-reads backend=h2 firms=%d seeded=%.1fs rebuild=%.1fs readModelLoad=%dms; list(n=%d) %s; byId(n=%d) %s;"
                            + " byIdWhileAnotherClientLists(n=%d) %s;"
                            + " dashboard(n=%d) %s; drillDown(n=%d) %s; scanBaseline(the old list query straight on"
                            + " the stand-in, n=%d) %s%n",
                    FIRMS + 2,
                    seeded,
                    rebuilt,
                    loadMillis,
                    lists.size(),
                    percentiles(lists),
                    byId.size(),
                    percentiles(byId),
                    byIdBesideLists.size(),
                    percentiles(byIdBesideLists),
                    dashboards.size(),
                    percentiles(dashboards),
                    drillDowns.size(),
                    percentiles(drillDowns),
                    scan.size(),
                    percentiles(scan));
            assertThat(percentile(lists, 99)).isLessThan(20_000);
            assertThat(percentile(dashboards, 95)).isLessThan(20_000);
            assertThat(percentile(drillDowns, 95)).isLessThan(20_000);
        }
    }

    /** Runs the measurement while a second client keeps asking for filtered lists (the tail a scan causes). */
    private List<Long> besideLists(String rung, String official, Supplier<List<Long>> measurement) {
        AtomicBoolean running = new AtomicBoolean(true);
        Thread lister = new Thread(() -> {
            for (int i = 0; running.get(); i++) {
                ok(api().get("/api/enterprises?town=" + TOWNS.get(i % TOWNS.size()) + "&rung=" + rung, official));
            }
        });
        lister.start();
        try {
            return measurement.get();
        } finally {
            running.set(false);
            try {
                lister.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void seed(MongoCollection<Document> stored, Document specialized, Document plain) {
        Set<String> codes = new HashSet<>();
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < FIRMS; i++) {
            String code = CreditCodes.next();
            while (!codes.add(code)) {
                code = CreditCodes.next();
            }
            Document firm = Document.parse((i % 4 == 0 ? specialized : plain).toJson());
            firm.put("_id", code);
            firm.remove("outbox");
            firm.remove("pendingChanges");
            Document profile = firm.get("profile", Document.class);
            profile.put("legalName", "上海金山基准" + i + "号制造有限公司");
            profile.put("shortName", "基准" + i);
            profile.put("town", TOWNS.get((i / 4) % TOWNS.size()));
            batch.add(firm);
            if (batch.size() == 1_000) {
                stored.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            stored.insertMany(batch);
        }
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }

    private static String token(TestUser user) {
        return LadderTestInfrastructure.jwtIssuer().token(user);
    }

    private String registerFirm(String legalName) {
        String code = CreditCodes.next();
        HttpResponse<String> response =
                api().post("/api/enterprises", token(TestUser.official()), """
                {"creditCode":"%s","legalName":"%s","shortName":"模板","town":"模板镇","cluster":"新材料"}
                """.formatted(code, legalName));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return code;
    }

    private static WireMockServer startCertificationService() {
        WireMockServer server =
                new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        return server;
    }

    private interface Call {
        Supplier<Long> call(int index);
    }

    /** Runs each call once and answers the latencies in milliseconds. */
    private static List<Long> time(int calls, Call call) {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            Supplier<Long> next = call.call(i);
            long started = System.nanoTime();
            next.get();
            millis.add((System.nanoTime() - started) / 1_000_000);
        }
        return millis;
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response);
    }

    private static String percentiles(List<Long> millis) {
        return "p50=%dms p95=%dms p99=%dms max=%dms"
                .formatted(
                        percentile(millis, 50),
                        percentile(millis, 95),
                        percentile(millis, 99),
                        percentile(millis, 100));
    }

    private static long percentile(List<Long> millis, int p) {
        List<Long> sorted = millis.stream().sorted().toList();
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static MongoStandIn startStandIn() {
        try {
            Path file = Files.createTempDirectory("ladder-h2-bench").resolve("enterprise.mv");
            return MongoStandIn.start("127.0.0.1", 0, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
