package cn.jinshan.ladder.notification.bench;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.IntFunction;
import org.bson.Document;

/**
 * Realistic volumes written straight into the service's collections, in their stored shapes, before a burst: the
 * directory, the processed-event log, inbox items, reminders (with the look-up documents the service keeps beside
 * them: by cause, by firm and by due day) and delivery attempts (one document per notification) of a district in use.
 */
final class BenchVolumes {

    static final int FIRMS = 20_000;
    static final int PROCESSED_EVENTS = 50_000;
    static final int INBOX_ITEMS = 50_000;
    static final int REMINDERS = 20_000;
    static final int DELIVERY_ATTEMPTS = 20_000;
    private static final int BATCH = 1_000;

    private final MongoDatabase db;
    private final Instant now;

    BenchVolumes(MongoDatabase db, Instant now) {
        this.db = db;
        this.now = now;
    }

    static String firm(int i) {
        return "91310116BENCH%05d".formatted(i);
    }

    static String application(int i) {
        return UUID.nameUUIDFromBytes(("bench-application-" + i).getBytes()).toString();
    }

    void load() {
        insert(
                "recipients",
                FIRMS,
                i -> new Document("_id", firm(i))
                        .append("legalName", "上海金山基准企业" + i + "有限公司")
                        .append("shortName", "基准" + i)
                        .append("town", "朱泾镇")
                        .append("cluster", "新材料")
                        .append("specialistUsername", "specialist.bench" + (i % 50))
                        .append("updatedAt", Date.from(now)));
        insert(
                "processed_events",
                PROCESSED_EVENTS,
                i -> new Document("_id", "notification-intake:" + UUID.randomUUID())
                        .append("type", "enterprise.EnterpriseRegistered")
                        .append("appliedAt", Date.from(now)));
        insert(
                "notifications",
                INBOX_ITEMS,
                i -> new Document("_id", UUID.randomUUID().toString())
                        .append(
                                "addresses",
                                i % 2 == 0
                                        ? List.of("role:OFFICIAL")
                                        : List.of("user:bench-" + (i % 500), "username:specialist.bench" + (i % 50)))
                        .append("category", "PORTFOLIO")
                        .append("priority", "NORMAL")
                        .append("title", new Document("zh", "新企业入库：基准" + i).append("en", "New firm: bench " + i))
                        .append("body", new Document("zh", "企业已登记，请跟进。").append("en", "The firm registered."))
                        .append("link", "/enterprises/" + firm(i % FIRMS))
                        .append("sourceEventId", UUID.randomUUID().toString())
                        .append("eventType", "enterprise.EnterpriseRegistered")
                        .append("createdAt", Date.from(now.minus(Duration.ofMinutes(i))))
                        .append("readBy", List.of())
                        .append("archivedBy", List.of()));
        insert("reminders", REMINDERS, this::reminder);
        insert(
                "deliveries",
                DELIVERY_ATTEMPTS,
                i -> new Document("_id", UUID.randomUUID().toString())
                        .append(
                                "entries",
                                List.of(new Document("id", UUID.randomUUID().toString())
                                        .append("channel", "WEB_PUSH")
                                        .append("target", UUID.randomUUID().toString())
                                        .append("outcome", "DELIVERED")
                                        .append("detail", "HTTP 201")
                                        .append("at", Date.from(now))
                                        .append("last", true)
                                        .append("attempts", 1))));
        reminderLookups();
    }

    /** Pending review-overdue reminders of applications under review, due over the next weeks. */
    private Document reminder(int i) {
        String cause = "review:" + application(i);
        Instant due = now.plus(Duration.ofMinutes(60L + i));
        return new Document(
                        "_id",
                        UUID.nameUUIDFromBytes(("review-overdue|" + cause + "|" + due).getBytes())
                                .toString())
                .append("name", "review-overdue")
                .append("causeKey", cause)
                .append("enterpriseId", firm(i % FIRMS))
                .append("aggregateId", application(i))
                .append("dueAt", Date.from(due))
                .append("values", new Document("applicationId", application(i)).append("enterpriseId", firm(i % FIRMS)))
                .append("status", "PENDING")
                .append("version", 0L);
    }

    /** The look-up documents the service keeps beside its reminders: by cause, by firm and by due day. */
    private void reminderLookups() {
        insert("reminder_causes", REMINDERS, i -> {
            Document reminder = reminder(i);
            return new Document("_id", reminder.getString("causeKey"))
                    .append("ids", List.of(reminder.getString("_id")));
        });
        insert(
                "reminder_firms",
                REMINDERS,
                i -> new Document("_id", firm(i))
                        .append("ids", List.of(reminder(i).getString("_id"))));
        Map<String, List<String>> shards = new TreeMap<>();
        for (int i = 0; i < REMINDERS; i++) {
            Document reminder = reminder(i);
            String id = reminder.getString("_id");
            String day = LocalDate.ofInstant(reminder.getDate("dueAt").toInstant(), ZoneOffset.UTC)
                    .toString();
            shards.computeIfAbsent(day + "#" + Math.floorMod(id.hashCode(), 16), k -> new ArrayList<>())
                    .add(id);
        }
        List<Document> buckets = new ArrayList<>();
        shards.forEach((bucket, ids) -> buckets.add(new Document("_id", bucket).append("ids", ids)));
        buckets.add(new Document("_id", "days")
                .append(
                        "days",
                        shards.keySet().stream()
                                .map(bucket -> bucket.substring(0, bucket.indexOf('#')))
                                .distinct()
                                .toList()));
        db.getCollection("reminder_due").insertMany(buckets);
    }

    private void insert(String collection, int count, IntFunction<Document> document) {
        MongoCollection<Document> target = db.getCollection(collection);
        List<Document> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < count; i++) {
            batch.add(document.apply(i));
            if (batch.size() == BATCH) {
                target.insertMany(batch);
                batch = new ArrayList<>(BATCH);
            }
        }
        if (!batch.isEmpty()) {
            target.insertMany(batch);
        }
    }
}
