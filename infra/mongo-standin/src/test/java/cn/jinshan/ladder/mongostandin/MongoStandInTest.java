package cn.jinshan.ladder.mongostandin;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MongoStandInTest {

    @TempDir
    Path dir;

    @Test
    void keepsDataInTheH2FileAcrossARestart() throws Exception {
        Path file = dir.resolve("mongo/ladder.mv");

        try (MongoStandIn first = MongoStandIn.start("127.0.0.1", 0, file);
                MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + first.port())) {
            client.getDatabase("notification")
                    .getCollection("inbox")
                    .insertOne(new Document("_id", "n-1").append("type", "enterprise.EnterpriseRegistered"));
        }
        assertThat(file).exists();

        try (MongoStandIn second = MongoStandIn.start("127.0.0.1", 0, file);
                MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + second.port())) {
            Document kept = client.getDatabase("notification")
                    .getCollection("inbox")
                    .find(eq("_id", "n-1"))
                    .first();

            assertThat(kept).isNotNull();
            assertThat(kept.getString("type")).isEqualTo("enterprise.EnterpriseRegistered");
        }
    }

    @Test
    void answersHelloOnTheH2Backend() throws Exception {
        try (MongoStandIn standIn = MongoStandIn.start("127.0.0.1", 0, dir.resolve("hello.mv"));
                MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + standIn.port())) {
            Document hello = client.getDatabase("admin").runCommand(new Document("hello", 1));

            assertThat(hello.getBoolean("isWritablePrimary")).isTrue();
        }
    }

    @Test
    void refusesAPortThatIsTakenAndReleasesTheFile() throws Exception {
        Path file = dir.resolve("taken.mv");
        try (MongoStandIn first = MongoStandIn.start("127.0.0.1", 0, dir.resolve("first.mv"))) {
            assertThatThrownBy(() -> MongoStandIn.start("127.0.0.1", first.port(), file))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("cannot listen on 127.0.0.1:" + first.port());
        }
        try (MongoStandIn again = MongoStandIn.start("127.0.0.1", 0, file)) {
            assertThat(Files.exists(file)).isTrue();
        }
    }
}
