package cn.jinshan.ladder.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jinshan.ladder.kit.events.EventCodec;
import cn.jinshan.ladder.mongostandin.EmbeddedMongo;
import com.mongodb.ServerAddress;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.connection.ClusterId;
import com.mongodb.connection.ServerId;
import com.mongodb.event.ConnectionPoolClearedEvent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The relay against mongo-java-server: pointers armed on write, released after the relay, kept on failure. */
class OutboxRelayTest {

    record Named(String name) {}

    static EmbeddedMongo server;
    static MongoClient client;

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final ScriptedKafka kafka = new ScriptedKafka();
    final OutboxConnectionWatch watch = new OutboxConnectionWatch();
    MongoTemplate mongo;
    OutboxRelay relay;
    Outbox outbox;

    @BeforeAll
    static void startMongo() {
        server = EmbeddedMongo.start();
        client = MongoClients.create(server.connectionString());
    }

    @AfterAll
    static void stopMongo() {
        client.close();
        server.close();
    }

    @BeforeEach
    void relay() {
        mongo = new MongoTemplate(client, "outbox-" + UUID.randomUUID());
        relay = relay(Duration.ofSeconds(5));
        outbox = new Outbox(new EventCodec(JsonMapper.builder().build()), relay);
    }

    @AfterEach
    void stopRelay() {
        relay.stop();
    }

    @Test
    void aPublishedAggregateLeavesNoPointer() {
        ObjectId id = new ObjectId();
        write(id, "first", "second");
        outbox.publishSoon("samples", id);

        Document pointer = pointers().find().first();
        assertThat(pointer).isNotNull();
        assertThat(pointer.getString("_id")).isEqualTo("samples:" + id.toHexString());
        assertThat(pointer.getString("collection")).isEqualTo("samples");
        assertThat(pointer.get("aggregateId")).isEqualTo(id);
        assertThat(pointer.getString("token")).isNotBlank();
        assertThat(pointer.getDate("since")).isNotNull();

        assertThat(relay.sweep()).isEqualTo(2);

        assertThat(kafka.sentKeys()).containsExactly(id.toHexString(), id.toHexString());
        assertThat(pendingIn(id)).isEmpty();
        assertThat(pointers().countDocuments()).isZero();
        assertThat(meters.counter("ladder.outbox.published").count()).isEqualTo(2.0);
    }

    @Test
    void aFailedRelayKeepsThePointerStopsTheSweepAndTheNextSweepPublishes() {
        List<String> ids = List.of("a", "b", "c");
        for (String id : ids) {
            write(id, "event-" + id);
            outbox.publishSoon("samples", id);
        }
        kafka.down(true);

        assertThat(relay.sweep()).isZero();

        assertThat(kafka.attempts()).as("one send timeout per sweep").isEqualTo(1);
        assertThat(pointers().countDocuments()).isEqualTo(3);
        ids.forEach(id -> assertThat(pendingIn(id)).hasSize(1));
        assertThat(meters.counter("ladder.outbox.failed").count()).isEqualTo(1.0);

        kafka.down(false);
        assertThat(relay.sweep()).isEqualTo(3);

        assertThat(kafka.sentKeys()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(pointers().countDocuments()).isZero();
        ids.forEach(id -> assertThat(pendingIn(id)).isEmpty());
    }

    @Test
    void aPointerReArmedDuringTheRelaySurvivesAndItsEventIsPublishedNext() {
        write("raced", "before");
        outbox.publishSoon("samples", "raced");
        String tokenBefore = pointers().find().first().getString("token");
        kafka.duringNextSend(() -> {
            samples()
                    .updateOne(
                            Filters.eq("_id", "raced"),
                            Updates.push(OutboxRecord.FIELD, Outbox.toDocument(record("raced", "after"))));
            outbox.publishSoon("samples", "raced");
        });

        assertThat(relay.sweep()).isEqualTo(1);

        Document survivor = pointers().find(Filters.eq("_id", "samples:raced")).first();
        assertThat(survivor).as("the re-armed pointer").isNotNull();
        assertThat(survivor.getString("token")).isNotEqualTo(tokenBefore);
        assertThat(pendingIn("raced")).hasSize(1);

        assertThat(relay.sweep()).isEqualTo(1);

        assertThat(kafka.sentKeys()).containsExactly("raced", "raced");
        assertThat(pendingIn("raced")).isEmpty();
        assertThat(pointers().countDocuments()).isZero();
    }

    @Test
    void anAggregateWrittenWithoutItsPointerIsPublishedByTheFullSweep() {
        write("crashed", "orphan");

        assertThat(relay.sweep()).as("the routine sweep reads only pointers").isZero();
        assertThat(kafka.attempts()).isZero();

        assertThat(relay.fullSweep()).isEqualTo(1);

        assertThat(kafka.sentKeys()).containsExactly("crashed");
        assertThat(pendingIn("crashed")).isEmpty();
        assertThat(pointers().countDocuments()).isZero();
    }

    @Test
    void aPointerWithNothingPendingIsDropped() {
        samples().insertOne(new Document("_id", "done").append(OutboxRecord.FIELD, List.of()));
        outbox.publishSoon("samples", "done");
        outbox.publishSoon("samples", "gone");

        assertThat(relay.sweep()).isZero();

        assertThat(kafka.attempts()).isZero();
        assertThat(pointers().countDocuments()).isZero();
    }

    @Test
    void aRunningRelayPublishesRightAfterTheWriteAndSweepsOnceAfterStartUp() {
        relay = relay(Duration.ofMillis(100));
        outbox = new Outbox(new EventCodec(JsonMapper.builder().build()), relay);
        write("orphan", "without pointer");
        relay.start();
        write("fresh", "with pointer");
        outbox.publishSoon("samples", "fresh");

        await().atMost(Duration.ofSeconds(10)).until(() -> kafka.sentKeys().size() == 2);

        assertThat(kafka.sentKeys()).containsExactlyInAnyOrder("orphan", "fresh");
        await().atMost(Duration.ofSeconds(10)).until(() -> pointers().countDocuments() == 0);
        assertThat(pendingIn("orphan")).isEmpty();
        assertThat(pendingIn("fresh")).isEmpty();
    }

    @Test
    void droppedDatabaseConnectionsBringTheFullSweepForward() {
        relay = relay(Duration.ofMillis(100));
        write("before-start", "found by the start-up full sweep");
        relay.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> kafka.sentKeys().contains("before-start"));
        write("ack-lost", "applied but its reply was lost");
        pause(Duration.ofMillis(500));
        assertThat(kafka.sentKeys()).as("no full sweep before the interval").containsExactly("before-start");

        watch.connectionPoolCleared(
                new ConnectionPoolClearedEvent(new ServerId(new ClusterId(), new ServerAddress("127.0.0.1", 1))));

        await().atMost(Duration.ofSeconds(10)).until(() -> kafka.sentKeys().contains("ack-lost"));
        assertThat(pendingIn("ack-lost")).isEmpty();
    }

    private OutboxRelay relay(Duration sweepInterval) {
        return new OutboxRelay(
                mongo,
                kafka,
                new OutboxProperties(
                        List.of("samples"), sweepInterval, Duration.ofMinutes(10), Duration.ofMillis(200), 50),
                meters,
                new OutboxPointers(mongo, Clock.systemUTC()),
                watch);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void write(Object id, String... names) {
        List<Document> pending = new ArrayList<>();
        for (String name : names) {
            pending.add(Outbox.toDocument(record(id.toString(), name)));
        }
        samples().insertOne(new Document("_id", id).append(OutboxRecord.FIELD, pending));
    }

    private OutboxRecord record(String aggregateId, String name) {
        return new OutboxRecord(
                UUID.randomUUID().toString(),
                "enterprise.events",
                aggregateId,
                "sample.SampleCreated",
                "{\"name\":\"" + name + "\"}",
                Instant.now());
    }

    private List<Document> pendingIn(Object id) {
        Document aggregate = samples().find(Filters.eq("_id", id)).first();
        assertThat(aggregate).isNotNull();
        return aggregate.getList(OutboxRecord.FIELD, Document.class);
    }

    private MongoCollection<Document> samples() {
        return mongo.getCollection("samples");
    }

    private MongoCollection<Document> pointers() {
        return mongo.getCollection(OutboxPointers.COLLECTION);
    }
}
