package cn.jinshan.ladder.enterprise.registry.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.enterprise.CreditCodes;
import cn.jinshan.ladder.enterprise.EnterpriseIntegrationTest;
import cn.jinshan.ladder.enterprise.demo.application.SeededDistrict;
import cn.jinshan.ladder.kit.test.ApiClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.util.List;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * An enterprise stored in the old shape (yearly figures and their history embedded in the {@code enterprises}
 * document) is moved to {@code enterprise_metrics} at start-up or on its first figures read: its figures are served
 * unchanged afterwards, the old fields are gone, and moving again changes nothing.
 */
class FiguresMigrationIT extends EnterpriseIntegrationTest {

    private static final String JINXIN = "91310116MA1J8K3L22";
    private static final String FENGTAI = "91310116MA1H9P4Q57";

    @Autowired
    ApplicationContext context;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MongoFigures moves;

    @BeforeEach
    void district() {
        SeededDistrict.seed(context);
    }

    @Test
    void theStartUpSweepMovesOldShapeFiguresOutAndServesThemUnchanged() {
        JsonNode expected = metrics(JINXIN);
        Document oldShape = oldShapeCopyOf(JINXIN);
        String code = oldShape.getString("_id");
        enterprises().insertOne(oldShape);
        Document profileNow = enterprises().find(Filters.eq("_id", JINXIN)).first();
        Document figuresNow = figures().find(Filters.eq("_id", JINXIN)).first();

        int moved = moves.migrateAll();

        Document after = enterprises().find(Filters.eq("_id", code)).first();
        System.out.printf(
                "BENCH enterprise-document firm=%s years=%d history=%d oldShape=%d bytes (%d JSON chars)"
                        + " profileNow=%d bytes (%d JSON chars) figuresDocument=%d bytes; migrated=%d%n",
                JINXIN,
                expected.get("years").size(),
                expected.get("history").size(),
                bytes(oldShape),
                oldShape.toJson().length(),
                bytes(profileNow),
                profileNow.toJson().length(),
                bytes(figuresNow),
                moved);
        assertThat(moved).isGreaterThanOrEqualTo(1);
        assertThat(after).doesNotContainKeys("metrics", "metricHistory");
        assertThat(figures().countDocuments(Filters.eq("_id", code))).isEqualTo(1);
        assertThat(metrics(code).get("years")).isEqualTo(expected.get("years"));
        assertThat(metrics(code).get("history")).isEqualTo(expected.get("history"));
        assertThat(bytes(profileNow)).isLessThan(bytes(oldShape) / 3);
        assertThat(moves.migrateAll()).isZero();
        assertThat(metrics(code).get("years")).isEqualTo(expected.get("years"));
    }

    @Test
    void aFiguresReadBeforeTheSweepMovesTheFirmFirstAndFigureChangesContinueFromThere() {
        JsonNode expected = metrics(FENGTAI);
        Document oldShape = oldShapeCopyOf(FENGTAI);
        String code = oldShape.getString("_id");
        enterprises().insertOne(oldShape);

        JsonNode served = metrics(code);

        assertThat(served.get("years")).isEqualTo(expected.get("years"));
        assertThat(served.get("history")).isEqualTo(expected.get("history"));
        assertThat(enterprises().find(Filters.eq("_id", code)).first()).doesNotContainKeys("metrics", "metricHistory");
        int year = expected.get("years").get(0).get("year").asInt();
        var put = api().put("/api/enterprises/" + code + "/metrics/" + year, official(), """
                {"revenue": 1, "employees": 3}
                """);
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(metrics(code).get("history").size())
                .isGreaterThan(expected.get("history").size());
        assertThat(ApiClient.json(api().get("/api/enterprises/" + code, official()))
                        .get("legalName")
                        .asString())
                .isEqualTo(ApiClient.json(api().get("/api/enterprises/" + FENGTAI, official()))
                        .get("legalName")
                        .asString());
    }

    /** The seeded firm as a document of the old shape, under a fresh credit code. */
    private Document oldShapeCopyOf(String firm) {
        Document profile = enterprises().find(Filters.eq("_id", firm)).first();
        Document stored = figures().find(Filters.eq("_id", firm)).first();
        assertThat(profile).doesNotContainKeys("metrics", "metricHistory");
        Document old = new Document(profile);
        old.put("_id", CreditCodes.next());
        old.put("metrics", stored.getList("years", Document.class));
        old.put("metricHistory", stored.getList("history", Document.class));
        old.put("outbox", List.of());
        old.put("pendingChanges", List.of());
        return old;
    }

    private JsonNode metrics(String code) {
        var response = api().get("/api/enterprises/" + code + "/metrics", official());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response);
    }

    private static int bytes(Document document) {
        return new RawBsonDocument(document, new DocumentCodec())
                .getByteBuffer()
                .remaining();
    }

    private MongoCollection<Document> enterprises() {
        return mongo.getCollection(EnterpriseDocument.COLLECTION);
    }

    private MongoCollection<Document> figures() {
        return mongo.getCollection(FiguresDocument.COLLECTION);
    }
}
