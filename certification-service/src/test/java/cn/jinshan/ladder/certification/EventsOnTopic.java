package cn.jinshan.ladder.certification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.kit.test.KafkaProbe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads {@code certification.events} from the beginning and keeps what it saw, to find events by key and type. */
public final class EventsOnTopic implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KafkaProbe probe = KafkaProbe.reading("certification.events");
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    /** The raw JSON of the first event of this type keyed by {@code key}, waiting up to 30 s for it. */
    public String await(String key, String type) {
        List<String> found = new ArrayList<>();
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            seen.addAll(probe.poll(Duration.ofMillis(300)));
            seen.stream()
                    .filter(record -> key.equals(record.key()))
                    .map(ConsumerRecord::value)
                    .filter(value ->
                            type.equals(JSON.readTree(value).get("type").asString()))
                    .findFirst()
                    .ifPresent(found::add);
            assertThat(found).isNotEmpty();
        });
        return found.get(0);
    }

    public static JsonNode payload(String event) {
        return JSON.readTree(event).get("payload");
    }

    @Override
    public void close() {
        probe.close();
    }
}
