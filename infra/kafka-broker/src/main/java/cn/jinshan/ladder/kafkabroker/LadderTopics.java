package cn.jinshan.ladder.kafkabroker;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;

/** The topics of the local run: each service's event topic and its dead-letter topic. */
final class LadderTopics {

    static final List<String> EVENT_TOPICS =
            List.of("enterprise.events", "certification.events", "notification.events");
    static final String DEAD_LETTER_SUFFIX = "-dlt";
    // dead-letter topics get as many partitions as their source: spring-kafka keeps a record's partition
    static final int PARTITIONS = 3;
    static final short REPLICATION_FACTOR = 1;

    private LadderTopics() {}

    static List<String> names() {
        return EVENT_TOPICS.stream()
                .flatMap(topic -> Stream.of(topic, topic + DEAD_LETTER_SUFFIX))
                .toList();
    }

    static List<NewTopic> missingFrom(Collection<String> existing) {
        List<NewTopic> missing = new ArrayList<>();
        for (String name : names()) {
            if (!existing.contains(name)) {
                missing.add(new NewTopic(name, PARTITIONS, REPLICATION_FACTOR));
            }
        }
        return List.copyOf(missing);
    }
}
