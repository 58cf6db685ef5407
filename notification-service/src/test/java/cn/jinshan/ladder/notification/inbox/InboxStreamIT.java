package cn.jinshan.ladder.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.kit.test.KafkaProbe;
import cn.jinshan.ladder.kit.test.TestUser;
import cn.jinshan.ladder.notification.inbox.domain.Notification;
import cn.jinshan.ladder.notification.support.ContractEvents;
import cn.jinshan.ladder.notification.support.PlatformIT;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

class InboxStreamIT extends PlatformIT {

    @Autowired
    MongoTemplate mongo;

    @Test
    void aNewItemReachesTheRecipientsOpenStreamAndNobodyElses() throws Exception {
        awaitLiveFeed();
        String subject = UUID.randomUUID().toString();
        BlockingQueue<String> specialistLines = new LinkedBlockingQueue<>();
        BlockingQueue<String> firmLines = new LinkedBlockingQueue<>();
        HttpClient http = HttpClient.newHttpClient();
        CompletableFuture<HttpResponse<Stream<String>>> specialistStream =
                open(http, TestUser.specialist(subject), specialistLines);
        CompletableFuture<HttpResponse<Stream<String>>> firmStream =
                open(http, TestUser.enterprise(ContractEvents.newCreditCode()), firmLines);
        awaitLine(specialistLines, "event:ready");
        awaitLine(firmLines, "event:ready");

        ContractEvents.Built event =
                ContractEvents.from("enterprise.EnterpriseRegistered", 1, null, Map.of("specialistId", subject));
        KafkaProbe.send("enterprise.events", event.key(), event.json());

        String id = Notification.idFor(event.eventId(), "user:" + subject);
        awaitLine(specialistLines, "id:" + id);
        String data = awaitLine(specialistLines, "data:");
        assertThat(data).contains("\"title\":\"新企业登记：上海金鑫新材料科技有限公司（91310116MA1J8K3L22）\"");
        assertThat(firmLines).noneMatch(line -> line.contains(id));
        assertThat(specialistStream.get(1, TimeUnit.SECONDS).headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
        specialistStream.get().body().close();
        firmStream.get().body().close();
    }

    @Test
    void anItemStoredByAnotherReplicaReachesAStreamHeldByThisOne() throws Exception {
        awaitLiveFeed();
        String subject = UUID.randomUUID().toString();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        CompletableFuture<HttpResponse<Stream<String>>> stream =
                open(HttpClient.newHttpClient(), TestUser.specialist(subject), lines);
        awaitLine(lines, "event:ready");

        String id = UUID.randomUUID().toString();
        storeAsAnotherReplicaWould(id, "user:" + subject);
        ContractEvents.Built created = ContractEvents.from(
                "notification.NotificationCreated",
                1,
                id,
                Map.of("notificationId", id, "addresses", List.of("user:" + subject)));
        assertThat(ContractEvents.contracts().validate(created.json())).isEmpty();
        KafkaProbe.send("notification.events", id, created.json());

        awaitLine(lines, "id:" + id);
        assertThat(awaitLine(lines, "data:")).contains("\"title\":\"另一副本的通知\"");
        stream.get().body().close();
    }

    /** What the replica that consumed an event writes; it publishes NotificationCreated through its outbox. */
    private void storeAsAnotherReplicaWould(String id, String address) {
        mongo.insert(
                new Document("_id", id)
                        .append("addresses", List.of(address))
                        .append("category", "PORTFOLIO")
                        .append("priority", "NORMAL")
                        .append("title", new Document("zh", "另一副本的通知").append("en", "From another replica"))
                        .append("body", new Document("zh", "正文").append("en", "Body"))
                        .append("link", "/enterprises/x")
                        .append("sourceEventId", UUID.randomUUID().toString())
                        .append("eventType", "enterprise.EnterpriseRegistered")
                        .append("createdAt", java.util.Date.from(clock.instant()))
                        .append("readBy", List.of())
                        .append("archivedBy", List.of()),
                "notifications");
    }

    @Test
    void aStreamWithoutTokenIsRefused() {
        assertThat(api().get("/api/notifications/stream", null).statusCode()).isEqualTo(401);
    }

    private CompletableFuture<HttpResponse<Stream<String>>> open(
            HttpClient http, TestUser user, BlockingQueue<String> lines) {
        CompletableFuture<HttpResponse<Stream<String>>> response = http.sendAsync(
                api().request("/api/notifications/stream", tokenOf(user))
                        .timeout(Duration.ofMinutes(2))
                        .header("Accept", "text/event-stream")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofLines());
        response.thenAcceptAsync(r -> r.body().forEach(line -> lines.add(line.replace(": ", ":"))));
        return response;
    }

    private static String awaitLine(BlockingQueue<String> lines, String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line != null && line.startsWith(prefix)) {
                return line;
            }
        }
        throw new AssertionError("no line starting with " + prefix);
    }
}
