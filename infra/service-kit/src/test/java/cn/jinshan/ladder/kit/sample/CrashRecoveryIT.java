package cn.jinshan.ladder.kit.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jinshan.ladder.kit.outbox.OutboxRelay;
import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.KafkaProbe;
import cn.jinshan.ladder.kit.test.LadderTestInfrastructure;
import cn.jinshan.ladder.kit.test.TestUser;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Crashes at random points, from a fixed seed: the outbox relay dies after the broker acknowledged a record and
 * before its {@code $pull} and the release of its {@code outbox_pending} pointer (so the record is published again), and a consumer dies after applying part of a
 * polled batch without committing (so the batch is delivered again). Each write still has exactly one effect.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ladder.outbox.collections=samples",
            "ladder.outbox.sweep-interval=300ms",
            "sample.effects.auto-startup=true"
        })
@DirtiesContext
class CrashRecoveryIT {

    static final long SEED = 20260808L;
    static final int ROUNDS = 5;
    static final int WRITES_PER_ROUND = 20;

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        LadderTestInfrastructure.register(registry, "kit-crash");
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    OutboxRelay relay;

    @Autowired
    SampleEffects effects;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    ConsumerFactory<String, String> consumers;

    @Test
    void aRelayKilledBetweenPublishAndPullRepublishesButConsumersApplyOnce() {
        Random random = new Random(SEED);
        int republished = 0;
        List<String> all = new ArrayList<>();
        try (KafkaProbe probe = KafkaProbe.reading("enterprise.events")) {
            relay.stop();
            try {
                for (int round = 0; round < ROUNDS; round++) {
                    List<String> ids = write(WRITES_PER_ROUND);
                    all.addAll(ids);
                    Map<String, List<Document>> pendingBefore = new LinkedHashMap<>();
                    Map<String, Document> pointerBefore = new LinkedHashMap<>();
                    ids.forEach(id -> pendingBefore.put(id, outboxOf(id)));
                    ids.forEach(id -> pointerBefore.put(id, pointerOf(id)));
                    relay.sweep();
                    for (String id : ids) {
                        if (random.nextInt(100) < 40) {
                            mongo.getCollection("samples")
                                    .updateOne(Filters.eq("_id", id), Updates.set("outbox", pendingBefore.get(id)));
                            mongo.getCollection("outbox_pending").insertOne(pointerBefore.get(id));
                            republished++;
                        }
                    }
                    relay.sweep();
                    assertThat(mongo.getCollection("samples")
                                    .countDocuments(
                                            Filters.and(Filters.in("_id", ids), Filters.exists("outbox.eventId"))))
                            .isZero();
                }
            } finally {
                relay.start();
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> effectsFor(all) == all.size());
            Set<String> keys = new HashSet<>(all);
            List<ConsumerRecord<String, String>> mine = probe.poll(Duration.ofSeconds(3)).stream()
                    .filter(record -> keys.contains(record.key()))
                    .toList();
            long distinct = mine.stream()
                    .map(record -> new String(
                            record.headers().lastHeader("ladder-event-id").value()))
                    .distinct()
                    .count();
            long duplicateEffects = duplicateEffects(all);
            System.out.printf(
                    "RELIABILITY relay-crash seed=%d rounds=%d writes=%d crashesAfterPublish=%d recordsOnWire=%d"
                            + " distinctEventIds=%d duplicateEffects=%d%n",
                    SEED, ROUNDS, all.size(), republished, mine.size(), distinct, duplicateEffects);

            assertThat(republished).isPositive();
            assertThat(mine).hasSize(all.size() + republished);
            assertThat(distinct).isEqualTo(all.size());
            assertThat(duplicateEffects).isZero();
        }
    }

    @Test
    void aConsumerKilledMidBatchRedeliversButAppliesEachEventOnce() {
        Random random = new Random(SEED + 1);
        MessageListenerContainer container = listeners.getListenerContainer(SampleEffects.CONSUMER);
        List<String> all = new ArrayList<>();
        int redelivered = 0;
        for (int round = 0; round < ROUNDS; round++) {
            await().atMost(Duration.ofSeconds(30)).until(() -> effectsFor(all) == all.size());
            container.stop();
            await().atMost(Duration.ofSeconds(30)).until(() -> !container.isRunning());
            List<String> ids = write(WRITES_PER_ROUND);
            all.addAll(ids);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> mongo.getCollection("samples")
                                    .countDocuments(
                                            Filters.and(Filters.in("_id", ids), Filters.exists("outbox.eventId")))
                            == 0);
            int killAfter = 1 + random.nextInt(WRITES_PER_ROUND - 1);
            redelivered += applyThenDieWithoutCommit(new HashSet<>(ids), killAfter);
            container.start();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> effectsFor(all) == all.size());
        int skippedBefore = effects.skipped();
        long duplicateEffects = duplicateEffects(all);
        System.out.printf(
                "RELIABILITY consumer-crash seed=%d rounds=%d writes=%d appliedThenKilledUncommitted=%d"
                        + " skippedAsDuplicates=%d duplicateEffects=%d%n",
                SEED + 1, ROUNDS, all.size(), redelivered, skippedBefore, duplicateEffects);

        assertThat(redelivered).isPositive();
        assertThat(skippedBefore).isGreaterThanOrEqualTo(redelivered);
        assertThat(duplicateEffects).isZero();
    }

    /** A consumer of the same group applies the first records of its batch, then dies: nothing is committed. */
    private int applyThenDieWithoutCommit(Set<String> ids, int killAfter) {
        int applied = 0;
        Consumer<String, String> consumer = consumers.createConsumer(SampleEffects.CONSUMER, "crashing");
        try {
            consumer.subscribe(List.of("enterprise.events"));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (applied < killAfter && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
                    if (applied < killAfter && ids.contains(record.key()) && effects.apply(record.value())) {
                        applied++;
                    }
                }
            }
        } finally {
            consumer.close(Duration.ZERO);
        }
        assertThat(applied).isEqualTo(killAfter);
        return applied;
    }

    private List<String> write(int count) {
        ApiClient api = ApiClient.onPort(port);
        String token = LadderTestInfrastructure.jwtIssuer().token(TestUser.official());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String location = api.post("/samples", token, "{\"name\":\"c" + i + "\"}")
                    .headers()
                    .firstValue("Location")
                    .orElseThrow();
            ids.add(location.substring(location.lastIndexOf('/') + 1));
        }
        return ids;
    }

    private List<Document> outboxOf(String id) {
        Document sample =
                mongo.getCollection("samples").find(Filters.eq("_id", id)).first();
        assertThat(sample).isNotNull();
        List<Document> pending = sample.getList("outbox", Document.class);
        assertThat(pending).hasSize(1);
        return pending;
    }

    /** The aggregate's {@code outbox_pending} pointer, which a relay killed before its pull leaves in place. */
    private Document pointerOf(String id) {
        Document pointer = mongo.getCollection("outbox_pending")
                .find(Filters.eq("_id", "samples:" + id))
                .first();
        assertThat(pointer).isNotNull();
        return pointer;
    }

    private long effectsFor(List<String> ids) {
        return mongo.getCollection(SampleEffects.COLLECTION).countDocuments(Filters.in("_id", ids));
    }

    private long duplicateEffects(List<String> ids) {
        return mongo.getCollection(SampleEffects.COLLECTION)
                .countDocuments(Filters.and(Filters.in("_id", ids), Filters.gt("times", 1)));
    }
}
