package cn.jinshan.ladder.notification.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Due-time buckets in place of a range query on a due-time field: each scheduled id is listed in the bucket of its
 * UTC day, split in {@value #SHARDS} shard documents ({@code <day>#<shard>}) so that no bucket grows large, and a
 * {@code days} document lists the days that have buckets. A poll reads that document and the shards of the days that
 * have begun, by {@code _id}: its cost grows with what is due, not with what is scheduled.
 */
public final class DueBuckets {

    static final int SHARDS = 16;
    static final String DAYS = "days";

    private final MongoTemplate mongo;
    private final IdLists buckets;
    private final String collection;

    public DueBuckets(MongoTemplate mongo, String collection) {
        this.mongo = mongo;
        this.collection = collection;
        this.buckets = new IdLists(mongo, collection);
    }

    /** An id in its bucket. */
    public record Entry(String bucket, String id) {}

    /** Lists the id in the bucket of its due time; safe to repeat. */
    public void add(String id, Instant due) {
        LocalDate day = day(due);
        mongo.upsert(query(where("_id").is(DAYS)), new Update().addToSet(DAYS, day.toString()), collection);
        buckets.add(bucket(day, id), id);
    }

    /**
     * The ids in the buckets of every day up to and including {@code now}'s (some may be due later today: the caller
     * reads their due time). Days before today whose buckets are empty are forgotten.
     */
    public List<Entry> upTo(Instant now) {
        LocalDate today = day(now);
        Document days = mongo.findById(DAYS, Document.class, collection);
        List<String> begun = days == null
                ? List.of()
                : days.getList(DAYS, String.class, List.of()).stream()
                        .filter(day -> !LocalDate.parse(day).isAfter(today))
                        .sorted()
                        .toList();
        if (begun.isEmpty()) {
            return List.of();
        }
        List<String> shardIds = new ArrayList<>();
        begun.forEach(day -> shardIds.addAll(shardsOf(day)));
        Map<String, Integer> perDay = new LinkedHashMap<>();
        begun.forEach(day -> perDay.put(day, 0));
        List<Entry> entries = new ArrayList<>();
        for (Document shard : mongo.find(query(where("_id").in(shardIds)), Document.class, collection)) {
            String bucket = shard.getString("_id");
            List<String> ids = shard.getList(IdLists.IDS, String.class, List.of());
            perDay.merge(bucket.substring(0, bucket.indexOf('#')), ids.size(), Integer::sum);
            ids.forEach(id -> entries.add(new Entry(bucket, id)));
        }
        perDay.forEach((day, count) -> {
            if (count == 0 && LocalDate.parse(day).isBefore(today)) {
                forget(day);
            }
        });
        return entries;
    }

    /** Takes the entries off their buckets (fired, cancelled, released or gone). */
    public void drop(Collection<Entry> entries) {
        Map<String, List<String>> byBucket = new LinkedHashMap<>();
        entries.forEach(entry ->
                byBucket.computeIfAbsent(entry.bucket(), b -> new ArrayList<>()).add(entry.id()));
        byBucket.forEach(buckets::remove);
    }

    private void forget(String day) {
        mongo.updateFirst(query(where("_id").is(DAYS)), new Update().pull(DAYS, day), collection);
        mongo.remove(query(where("_id").in(shardsOf(day))), collection);
    }

    private static List<String> shardsOf(String day) {
        List<String> ids = new ArrayList<>(SHARDS);
        for (int shard = 0; shard < SHARDS; shard++) {
            ids.add(day + "#" + shard);
        }
        return ids;
    }

    private static String bucket(LocalDate day, String id) {
        return day + "#" + Math.floorMod(id.hashCode(), SHARDS);
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
