package cn.jinshan.ladder.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.mongostandin.MongoStandIn;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntSupplier;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * One routine outbox sweep over a collection of 20,000 aggregates of about 2 KB with nothing pending, on the
 * stand-in's H2 file backend (the one the launcher and the benchmark run): the former query on
 * {@code outbox.eventId} (a full scan there) against the pointer sweep, which reads only {@code outbox_pending}.
 */
class OutboxSweepBenchIT {

    static final int DOCUMENTS = 20_000;
    static final int DOCUMENT_BYTES = 2_000;
    static final int ROUNDS = 5;
    static final long SEED = 20261129L;

    @TempDir
    Path directory;

    @Test
    void theRoutineSweepNoLongerScansTheAggregates() throws Exception {
        try (MongoStandIn standIn = MongoStandIn.start("127.0.0.1", 0, directory.resolve("bench.mv"));
                MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + standIn.port())) {
            MongoTemplate mongo = new MongoTemplate(client, "bench");
            MongoCollection<Document> enterprises = mongo.getCollection("enterprises");
            seed(enterprises);
            OutboxRelay relay = new OutboxRelay(
                    mongo,
                    new ScriptedKafka(),
                    new OutboxProperties(
                            List.of("enterprises"),
                            Duration.ofSeconds(5),
                            Duration.ofMinutes(10),
                            Duration.ofSeconds(1),
                            200),
                    new SimpleMeterRegistry(),
                    new OutboxPointers(mongo, Clock.systemUTC()),
                    new OutboxConnectionWatch());

            IntSupplier oldSweep = () -> enterprises
                    .find(Filters.exists(OutboxRecord.FIELD + ".eventId"))
                    .projection(Projections.include("_id"))
                    .limit(200)
                    .into(new ArrayList<>())
                    .size();
            oldSweep.getAsInt();
            long[] oldMs = timed(oldSweep);
            long[] newMs = timed(relay::sweep);
            long[] fullMs = timed(relay::fullSweep);

            System.out.printf(
                    "BENCH outbox-sweep backend=h2 documents=%d documentBytes~%d pending=0 rounds=%d"
                            + " oldSweepMs(median/max)=%d/%d newSweepMs(median/max)=%d/%d fullSweepMs(median/max)=%d/%d"
                            + " scanMsPerMinute(old every 5s / new full every 10m)=%d/%d%n",
                    DOCUMENTS,
                    DOCUMENT_BYTES,
                    ROUNDS,
                    median(oldMs),
                    max(oldMs),
                    median(newMs),
                    max(newMs),
                    median(fullMs),
                    max(fullMs),
                    median(oldMs) * 12,
                    median(fullMs) / 10);

            assertThat(enterprises.countDocuments()).isEqualTo(DOCUMENTS);
            assertThat(median(newMs)).isLessThanOrEqualTo(median(oldMs));
        }
    }

    private static void seed(MongoCollection<Document> enterprises) {
        Random random = new Random(SEED);
        char[] filler = new char[DOCUMENT_BYTES - 200];
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            Arrays.fill(filler, (char) ('a' + random.nextInt(26)));
            batch.add(new Document("_id", String.format("91310116MA%08dX", i))
                    .append("legalName", "Enterprise " + i)
                    .append("district", "jinshan")
                    .append("employees", random.nextInt(5_000))
                    .append("profile", new String(filler))
                    .append(OutboxRecord.FIELD, List.of()));
            if (batch.size() == 1_000) {
                enterprises.insertMany(batch);
                batch.clear();
            }
        }
    }

    /** Runs the sweep {@value #ROUNDS} times (each must find nothing to publish); the duration of each, sorted. */
    private static long[] timed(IntSupplier sweep) {
        long[] millis = new long[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            long started = System.nanoTime();
            assertThat(sweep.getAsInt()).isZero();
            millis[round] = millisSince(started);
        }
        Arrays.sort(millis);
        return millis;
    }

    private static long median(long[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static long max(long[] sorted) {
        return sorted[sorted.length - 1];
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
