package cn.jinshan.ladder.enterprise.cohort.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.enterprise.CreditCodes;
import cn.jinshan.ladder.enterprise.EnterpriseIntegrationTest;
import cn.jinshan.ladder.enterprise.cohort.Rebuilds;
import cn.jinshan.ladder.enterprise.cohort.domain.RebuildJob;
import cn.jinshan.ladder.enterprise.demo.application.SeededDistrict;
import cn.jinshan.ladder.enterprise.registry.application.EnterpriseService;
import cn.jinshan.ladder.enterprise.registry.domain.Enterprise;
import cn.jinshan.ladder.kit.security.CurrentUser;
import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.TestUser;
import com.mongodb.client.model.Filters;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The rebuild is a job: 202 with a status resource, one at a time (409 naming the running job), stored so a restart
 * fails an interrupted job, admin-only; and its batched reconciliation against the firm-at-a-time one it replaced.
 */
class RebuildJobsIT extends EnterpriseIntegrationTest {

    private static final int FIRMS = 150;
    private static final CurrentUser OFFICIAL =
            new CurrentUser("official-1", "official", Set.of(CurrentUser.Role.OFFICIAL), Optional.empty());

    @Autowired
    ApplicationContext context;

    @Autowired
    CohortLedger ledger;

    @Autowired
    EnterpriseService enterprises;

    @Autowired
    RebuildJobs jobs;

    @Autowired
    RebuildJobStore store;

    @Autowired
    MongoTemplate mongo;

    @Test
    void batchedReconciliationIsMuchFasterThanFirmAtATime() {
        List<Enterprise> firms = new ArrayList<>();
        for (int i = 0; i < FIRMS; i++) {
            firms.add(enterprises.get(registerAboveScaleFirm(i), OFFICIAL));
        }
        List<String> ids = firms.stream().map(e -> e.id().value()).toList();

        forgetLogs(ids);
        long t0 = System.nanoTime();
        firms.forEach(ledger::reconcile);
        double oneByOne = FIRMS / ((System.nanoTime() - t0) / 1e9);
        long factsOneByOne = factsIn(ids);

        forgetLogs(ids);
        long t1 = System.nanoTime();
        for (int from = 0; from < FIRMS; from += CohortRebuild.BATCH) {
            ledger.reconcileAll(firms.subList(from, Math.min(FIRMS, from + CohortRebuild.BATCH)));
        }
        double batched = FIRMS / ((System.nanoTime() - t1) / 1e9);
        long factsBatched = factsIn(ids);

        JsonNode job = Rebuilds.runToEnd(api(), token(TestUser.admin()));
        System.out.printf(
                "BENCH cohort-rebuild reconcile firms=%d oneByOne=%.1f firms/s batched=%.1f firms/s speedup=%.1fx;"
                        + " job firms=%d facts=%d startedAt=%s finishedAt=%s%n",
                FIRMS,
                oneByOne,
                batched,
                batched / oneByOne,
                job.get("firms").asLong(),
                job.get("facts").asLong(),
                job.get("startedAt").asString(),
                job.get("finishedAt").asString());

        assertThat(factsBatched).isEqualTo(factsOneByOne).isGreaterThanOrEqualTo(FIRMS);
        assertThat(batched).isGreaterThan(oneByOne);
        assertThat(job.get("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("firms").asLong()).isGreaterThanOrEqualTo(FIRMS);
    }

    @Test
    void aSecondStartWhileOneRunsIsRefusedNamingTheRunningJob() {
        SeededDistrict.seed(context);
        String admin = token(TestUser.admin());
        HttpResponse<String> first = api().post("/api/cohorts/rebuild", admin, "");
        HttpResponse<String> second = api().post("/api/cohorts/rebuild", admin, "");
        String id = ApiClient.json(first).get("id").asString();

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(ApiClient.json(first).get("state").asString()).isIn("QUEUED", "RUNNING");
        assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
        assertThat(ApiClient.json(second).get("code").asString()).isEqualTo("rebuild-running");
        assertThat(ApiClient.json(second).get("detail").asString()).contains(id);
        JsonNode done = Rebuilds.followToEnd(api(), admin, "/api/cohorts/rebuilds/" + id);
        assertThat(done.get("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(done.get("startedAt").isNull()).isFalse();
        assertThat(done.get("finishedAt").isNull()).isFalse();
        assertThat(api().post("/api/cohorts/rebuild", official(), "").statusCode())
                .isEqualTo(403);
        assertThat(api().get("/api/cohorts/rebuilds/" + id, official()).statusCode())
                .isEqualTo(403);
        assertThat(api().get("/api/cohorts/rebuilds/" + UUID.randomUUID(), admin)
                        .statusCode())
                .isEqualTo(404);
        Rebuilds.runToEnd(api(), admin);
    }

    @Test
    void aJobARestartInterruptedIsMarkedFailed() {
        RebuildJob interrupted = RebuildJob.queued(UUID.randomUUID().toString(), "admin", Instant.now())
                .started(Instant.now())
                .progressed(42);
        store.save(interrupted);

        jobs.failInterrupted();

        JsonNode status =
                ApiClient.json(api().get("/api/cohorts/rebuilds/" + interrupted.id(), token(TestUser.admin())));
        assertThat(status.get("state").asString()).isEqualTo("FAILED");
        assertThat(status.get("firms").asLong()).isEqualTo(42);
        assertThat(status.get("error").asString()).contains("interrupted");
        assertThat(store.active()).noneMatch(job -> job.id().equals(interrupted.id()));
    }

    private String registerAboveScaleFirm(int i) {
        String code = CreditCodes.next();
        var response = api().post("/api/enterprises", official(), """
                {"creditCode":"%s","legalName":"上海重建测试%d有限公司","town":"山阳镇","cluster":"新材料",
                 "aboveScale":true,"aboveScaleSince":"2019-06-01"}
                """.formatted(code, i));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return code;
    }

    private void forgetLogs(List<String> ids) {
        mongo.getCollection("cohort_firm_logs").deleteMany(Filters.in("_id", ids));
    }

    private long factsIn(List<String> ids) {
        return mongo.getCollection("cohort_firm_logs").find(Filters.in("_id", ids)).into(new ArrayList<>()).stream()
                .mapToLong(log -> log.getList("facts", Object.class).size())
                .sum();
    }
}
