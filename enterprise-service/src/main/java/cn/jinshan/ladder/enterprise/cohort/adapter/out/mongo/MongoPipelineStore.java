package cn.jinshan.ladder.enterprise.cohort.adapter.out.mongo;

import cn.jinshan.ladder.enterprise.cohort.application.PipelineStore;
import cn.jinshan.ladder.enterprise.cohort.domain.ApplicationTrack;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * {@code cohort_pipeline}: one document per programme, {@code apps.<applicationId>} = firm and stage transitions; and
 * {@code cohort_pipeline_programmes} ({@code _id} = {@code all}): the programmes that have one, so the dashboard reads
 * the list by {@code _id} instead of scanning the programme documents (each holding every application), and per
 * programme a stamp raised after every write of its pipeline, under an epoch drawn when the list was created. A
 * programme's tracks read once are kept in memory with the epoch and stamp they were read under and served again while
 * the list shows the same pair (on any instance: the stamp is in the database), so a dashboard does not read and
 * decode every application of every programme again until one changed.
 */
@Repository
class MongoPipelineStore implements PipelineStore {

    static final String COLLECTION = "cohort_pipeline";
    static final String PROGRAMMES = "cohort_pipeline_programmes";
    static final String ALL = "all";
    static final String STAMPS = "stamps";
    static final String EPOCH = "epoch";

    /** A programme's tracks as read under the list's epoch and the programme's stamp. */
    private record Cached(Object epoch, long stamp, List<ApplicationTrack> tracks) {}

    private final MongoTemplate mongo;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    MongoPipelineStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void record(String programme, String applicationId, String firm, ApplicationTrack.Transition transition) {
        String path = "apps." + applicationId.replace('.', '_');
        collection()
                .updateOne(
                        Filters.eq("_id", programme),
                        Updates.combine(
                                Updates.set(path + ".firm", firm),
                                Updates.push(
                                        path + ".transitions",
                                        new Document("stage", transition.stage().name())
                                                .append("at", Date.from(transition.at())))),
                        new UpdateOptions().upsert(true));
        mongo.getCollection(PROGRAMMES)
                .updateOne(
                        Filters.eq("_id", ALL),
                        Updates.combine(
                                Updates.addToSet("programmes", programme),
                                Updates.inc(stampPath(programme), 1L),
                                Updates.setOnInsert(EPOCH, UUID.randomUUID().toString())),
                        new UpdateOptions().upsert(true));
    }

    @Override
    public List<ApplicationTrack> tracks(String programme) {
        Document known =
                mongo.getCollection(PROGRAMMES).find(Filters.eq("_id", ALL)).first();
        Object epoch = known == null ? null : known.get(EPOCH);
        Document stamps = known == null ? null : known.get(STAMPS, Document.class);
        Object stampValue = stamps == null ? null : stamps.get(stampKey(programme));
        long stamp = stampValue instanceof Number number ? number.longValue() : 0;
        Cached cached = cache.get(programme);
        if (epoch != null && cached != null && epoch.equals(cached.epoch()) && cached.stamp() == stamp) {
            return cached.tracks();
        }
        if (known != null && epoch == null) {
            mongo.getCollection(PROGRAMMES)
                    .updateOne(
                            Filters.eq("_id", ALL),
                            Updates.set(EPOCH, UUID.randomUUID().toString()));
        }
        List<ApplicationTrack> tracks = List.copyOf(read(programme));
        if (epoch != null) {
            cache.put(programme, new Cached(epoch, stamp, tracks));
        }
        return tracks;
    }

    private List<ApplicationTrack> read(String programme) {
        Document document = collection().find(Filters.eq("_id", programme)).first();
        List<ApplicationTrack> tracks = new ArrayList<>();
        if (document == null || document.get("apps", Document.class) == null) {
            return tracks;
        }
        document.get("apps", Document.class).forEach((id, value) -> {
            Document app = (Document) value;
            List<ApplicationTrack.Transition> transitions = app.getList("transitions", Document.class).stream()
                    .map(t -> new ApplicationTrack.Transition(
                            ApplicationTrack.Stage.valueOf(t.getString("stage")),
                            t.getDate("at").toInstant()))
                    .toList();
            tracks.add(new ApplicationTrack(id, app.getString("firm"), programme, transitions));
        });
        return tracks;
    }

    @Override
    public List<String> programmes() {
        Document known =
                mongo.getCollection(PROGRAMMES).find(Filters.eq("_id", ALL)).first();
        if (known != null) {
            return known.getList("programmes", String.class).stream().sorted().toList();
        }
        return listProgrammes();
    }

    /** Lists the programmes once from their documents (pipelines recorded before the list was kept), and keeps it. */
    private List<String> listProgrammes() {
        List<String> programmes = new ArrayList<>();
        collection().find().projection(new Document("_id", 1)).forEach(d -> programmes.add(d.getString("_id")));
        mongo.getCollection(PROGRAMMES)
                .updateOne(
                        Filters.eq("_id", ALL),
                        Updates.combine(
                                Updates.addEachToSet("programmes", programmes),
                                Updates.setOnInsert(EPOCH, UUID.randomUUID().toString())),
                        new UpdateOptions().upsert(true));
        return programmes.stream().sorted().toList();
    }

    private static String stampPath(String programme) {
        return STAMPS + "." + stampKey(programme);
    }

    private static String stampKey(String programme) {
        return programme.replace('.', '_').replace('$', '_');
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}
