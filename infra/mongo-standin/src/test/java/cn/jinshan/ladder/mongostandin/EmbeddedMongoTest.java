package cn.jinshan.ladder.mongostandin;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.inc;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmbeddedMongoTest {

    private EmbeddedMongo mongo;
    private MongoClient client;

    @BeforeEach
    void start() {
        mongo = EmbeddedMongo.start();
        client = MongoClients.create(mongo.connectionString());
    }

    @AfterEach
    void stop() {
        client.close();
        mongo.close();
    }

    @Test
    void answersHelloLikeAWritablePrimary() {
        Document hello = client.getDatabase("admin").runCommand(new Document("hello", 1));

        assertThat(hello.get("ok", Number.class).intValue()).isEqualTo(1);
        assertThat(hello.getBoolean("isWritablePrimary")).isTrue();
        assertThat(hello.getInteger("maxWireVersion")).isPositive();
    }

    @Test
    void stillAnswersIsMaster() {
        Document isMaster = client.getDatabase("admin").runCommand(new Document("isMaster", 1));

        assertThat(isMaster.getBoolean("ismaster")).isTrue();
    }

    @Test
    void connectionStringNamesTheLoopbackAndItsPort() {
        assertThat(mongo.connectionString()).isEqualTo("mongodb://127.0.0.1:" + mongo.port());
        assertThat(mongo.connectionString("enterprise"))
                .isEqualTo("mongodb://127.0.0.1:" + mongo.port() + "/enterprise");
    }

    @Test
    void roundTripsCreateReadUpdateDelete() {
        MongoDatabase database = client.getDatabase("enterprise");
        MongoCollection<Document> enterprises = database.getCollection("enterprises");

        enterprises.insertOne(new Document("_id", "91310116MA1K2R7T81")
                .append("legalName", "上海金山示例制造有限公司")
                .append("version", 0));
        enterprises.updateOne(eq("_id", "91310116MA1K2R7T81"), inc("version", 1));
        Document read = enterprises.find(eq("_id", "91310116MA1K2R7T81")).first();
        long deleted = enterprises.deleteOne(eq("_id", "91310116MA1K2R7T81")).getDeletedCount();

        assertThat(read).isNotNull();
        assertThat(read.getString("legalName")).isEqualTo("上海金山示例制造有限公司");
        assertThat(read.getInteger("version")).isEqualTo(1);
        assertThat(deleted).isEqualTo(1);
        assertThat(enterprises.countDocuments()).isZero();
    }
}
