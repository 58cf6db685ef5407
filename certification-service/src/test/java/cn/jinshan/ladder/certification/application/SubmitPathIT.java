package cn.jinshan.ladder.certification.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.certification.EnterpriseServiceStubs;
import cn.jinshan.ladder.kit.outbox.OutboxRelay;
import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.LadderTestInfrastructure;
import cn.jinshan.ladder.kit.test.TestJwtIssuer;
import cn.jinshan.ladder.kit.test.TestUser;
import cn.jinshan.ladder.mongostandin.MongoStandIn;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Random;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The draft → submit path against the H2 file backend of the MongoDB stand-in (the one the launcher and the bench
 * run) holding a large district: times draft + submit pairs, each by another firm so every submit writes, and one
 * relay sweep. Its own context (own stand-in), the outbox sweep left to the explicit call.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ladder.outbox.sweep-interval=1h",
            "logging.level.org.apache.kafka=WARN",
            "logging.level.kafka=WARN",
            "logging.level.de.bwaldvogel=WARN",
            "resilience4j.retry.instances.enterprise-service.wait-duration=10ms"
        })
class SubmitPathIT {

    private static final int APPLICATIONS = Integer.getInteger("bench.applications", 40_000);
    private static final int CERTIFICATES = Integer.getInteger("bench.certificates", 20_000);
    private static final int PAIRS = Integer.getInteger("bench.pairs", 200);
    private static final int WARM_UP = 5;
    private static final int SEEDED_FIRMS = 50_000;
    private static final String PROGRAMME = "SPECIALIZED_NEW";
    private static final String[] STATUSES = {"DRAFT", "SUBMITTED", "DISTRICT_REVIEW", "APPROVED", "REJECTED"};
    private static final String[] PROGRAMMES = {"INNOVATIVE_SME", "SPECIALIZED_NEW", "GAZELLE", "LITTLE_GIANT"};

    private static final Path DATA = temporaryFile();
    private static final MongoStandIn STAND_IN = startStandIn();
    private static final WireMockServer ENTERPRISE_SERVICE = startEnterpriseService();

    @LocalServerPort
    private int port;

    @Autowired
    private OutboxRelay relay;

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + STAND_IN.port() + "/certification");
        registry.add(
                "spring.kafka.bootstrap-servers",
                () -> LadderTestInfrastructure.kafka().getBrokersAsString());
        registry.add("ladder.security.issuer-uri", () -> issuer().issuerUri());
        registry.add("ladder.security.jwk-set-uri", () -> issuer().jwkSetUri());
        registry.add("ladder.security.audience", () -> TestJwtIssuer.AUDIENCE);
        registry.add("ladder.enterprise-service.url", ENTERPRISE_SERVICE::baseUrl);
    }

    @AfterAll
    static void stop() throws IOException {
        ENTERPRISE_SERVICE.stop();
        STAND_IN.close();
        Files.deleteIfExists(DATA);
    }

    @Test
    void draftAndSubmitStayFastWithALargeDistrictInTheStandIn() {
        ApiClient api = ApiClient.onPort(port);
        openWindow(api);
        List<String> firms = new ArrayList<>();
        for (int i = 0; i < PAIRS + WARM_UP + 1; i++) {
            String firm = "91310116BT%08d".formatted(i);
            EnterpriseServiceStubs.firm(ENTERPRISE_SERVICE, firm, "");
            firms.add(firm);
        }
        String template = draft(api, firms.get(0));
        long seedStarted = System.nanoTime();
        seed(template);
        long seedMillis = (System.nanoTime() - seedStarted) / 1_000_000;

        long[] draftMillis = new long[PAIRS];
        long[] submitMillis = new long[PAIRS];
        long[] pairMillis = new long[PAIRS];
        List<String> notOk = new ArrayList<>();
        for (int i = 0; i < PAIRS + WARM_UP; i++) {
            String firm = firms.get(i + 1);
            long started = System.nanoTime();
            HttpResponse<String> opened = api.post(
                    "/api/applications", token(TestUser.enterprise(firm)), "{\"programme\":\"" + PROGRAMME + "\"}");
            long drafted = System.nanoTime();
            HttpResponse<String> submitted = opened.statusCode() != 201
                    ? opened
                    : api.post(
                            "/api/applications/"
                                    + ApiClient.json(opened).get("id").asString() + "/submit",
                            token(TestUser.enterprise(firm)),
                            "{\"authenticityCommitment\":true}");
            long done = System.nanoTime();
            if (i < WARM_UP) {
                continue;
            }
            if (submitted.statusCode() != 200) {
                notOk.add(submitted.statusCode() + " " + submitted.body());
            }
            draftMillis[i - WARM_UP] = (drafted - started) / 1_000_000;
            submitMillis[i - WARM_UP] = (done - drafted) / 1_000_000;
            pairMillis[i - WARM_UP] = (done - started) / 1_000_000;
        }
        long sweepStarted = System.nanoTime();
        int swept = relay.sweep();
        long sweepMillis = (System.nanoTime() - sweepStarted) / 1_000_000;

        System.out.printf(
                "BENCH submit stand-in=h2-file applications=%d certificates=%d pairs=%d seedMs=%d"
                        + " pair p50=%d p95=%d p99=%d max=%d ms; draft p50=%d p99=%d ms; submit p50=%d p95=%d p99=%d ms;"
                        + " not OK %d; outbox-sweep %d ms (%d records)%n",
                APPLICATIONS,
                CERTIFICATES,
                PAIRS,
                seedMillis,
                percentile(pairMillis, 50),
                percentile(pairMillis, 95),
                percentile(pairMillis, 99),
                percentile(pairMillis, 100),
                percentile(draftMillis, 50),
                percentile(draftMillis, 99),
                percentile(submitMillis, 50),
                percentile(submitMillis, 95),
                percentile(submitMillis, 99),
                notOk.size(),
                sweepMillis,
                swept);
        assertThat(notOk).as("draft + submit pairs not answered 201 + 200").hasSizeLessThan(PAIRS / 10);
        assertThat(percentile(pairMillis, 50)).isLessThan(2_000);
        assertThat(percentile(pairMillis, 99)).isLessThan(10_000);
    }

    private static String draft(ApiClient api, String firm) {
        HttpResponse<String> opened = api.post(
                "/api/applications", token(TestUser.enterprise(firm)), "{\"programme\":\"" + PROGRAMME + "\"}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        return ApiClient.json(opened).get("id").asString();
    }

    private static void openWindow(ApiClient api) {
        LocalDate today = Steps.today();
        HttpResponse<String> response = api.put(
                "/api/programmes/" + PROGRAMME + "/windows/bench-open",
                token(TestUser.admin()),
                "{\"batch\":\"基准批次\",\"opensOn\":\"%s\",\"closesOn\":\"%s\"}"
                        .formatted(today.minusDays(1), today.plusDays(30)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** Clones the stored draft into the district's applications and writes certificates of the same shape. */
    private static void seed(String templateId) {
        Random random = new Random(20261129L);
        try (MongoClient client = client()) {
            MongoDatabase database = client.getDatabase("certification");
            MongoCollection<Document> applications = database.getCollection("applications");
            Document template = applications.find(Filters.eq("_id", templateId)).first();
            assertThat(template).isNotNull();
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < APPLICATIONS; i++) {
                Document copy = new Document(template);
                copy.put("_id", "bench-application-" + i);
                copy.put("enterpriseId", seededFirm(random));
                copy.put("programme", PROGRAMMES[random.nextInt(PROGRAMMES.length)]);
                copy.put("status", STATUSES[random.nextInt(STATUSES.length)]);
                copy.put("outbox", List.of());
                batch = flush(applications, batch, copy);
            }
            flush(applications, batch, null);
            MongoCollection<Document> certificates = database.getCollection("certificates");
            batch = new ArrayList<>();
            Date from = Date.from(java.time.Instant.parse("2025-01-01T00:00:00Z"));
            Date until = Date.from(java.time.Instant.parse("2028-01-01T00:00:00Z"));
            for (int i = 0; i < CERTIFICATES; i++) {
                String programme = PROGRAMMES[random.nextInt(PROGRAMMES.length)];
                Document certificate = new Document("_id", "bench-certificate-" + i)
                        .append("enterpriseId", seededFirm(random))
                        .append("programme", programme)
                        .append("number", programme + "-2025-" + i)
                        .append("validFrom", from)
                        .append("validUntil", until)
                        .append("ruleVersion", "2024")
                        .append("announcedOn", from)
                        .append("applicationId", "bench-application-" + i)
                        .append("status", random.nextInt(10) == 0 ? "EXPIRED" : "ACTIVE")
                        .append("expiringNotices", List.of())
                        .append("renewals", List.of())
                        .append("version", 0L)
                        .append("outbox", List.of());
                batch = flush(certificates, batch, certificate);
            }
            flush(certificates, batch, null);
        }
    }

    private static List<Document> flush(MongoCollection<Document> collection, List<Document> batch, Document next) {
        if (next != null) {
            batch.add(next);
        }
        if (batch.size() >= 1_000 || (next == null && !batch.isEmpty())) {
            collection.insertMany(batch);
            return new ArrayList<>();
        }
        return batch;
    }

    private static String seededFirm(Random random) {
        return "91310116BN%08d".formatted(random.nextInt(SEEDED_FIRMS));
    }

    private static long percentile(long[] values, int percentile) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static MongoClient client() {
        return MongoClients.create("mongodb://127.0.0.1:" + STAND_IN.port());
    }

    private static String token(TestUser user) {
        return issuer().token(user);
    }

    private static TestJwtIssuer issuer() {
        return LadderTestInfrastructure.jwtIssuer();
    }

    private static Path temporaryFile() {
        try {
            Path file = Files.createTempFile("submit-path-", ".mv");
            Files.delete(file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MongoStandIn startStandIn() {
        try {
            return MongoStandIn.start("127.0.0.1", 0, DATA);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static WireMockServer startEnterpriseService() {
        WireMockServer server =
                new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        return server;
    }
}
