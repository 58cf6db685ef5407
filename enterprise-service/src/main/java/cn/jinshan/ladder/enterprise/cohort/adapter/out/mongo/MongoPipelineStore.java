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
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/**
 * {@code cohort_pipeline}: one document per programme, {@code apps.<applicationId>} = firm and stage transitions; and
 * {@code cohort_pipeline_programmes} ({@code _id} = {@code all}): the programmes that have one, so the dashboard reads
 * the list by {@code _id} instead of scanning the programme documents (each holding every application).
 */
@Repository
class MongoPipelineStore implements PipelineStore {

    static final String COLLECTION = "cohort_pipeline";
    static final String PROGRAMMES = "cohort_pipeline_programmes";
    static final String ALL = "all";

    private final MongoTemplate mongo;

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
                        Updates.addToSet("programmes", programme),
                        new UpdateOptions().upsert(true));
    }

    @Override
    public List<ApplicationTrack> tracks(String programme) {
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
                        Updates.addEachToSet("programmes", programmes),
                        new UpdateOptions().upsert(true));
        return programmes.stream().sorted().toList();
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}
