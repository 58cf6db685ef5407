package cn.jinshan.ladder.kafkabroker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

class LadderTopicsTest {

    @Test
    void namesEveryEventTopicWithItsDeadLetterTopic() {
        assertThat(LadderTopics.names())
                .containsExactly(
                        "enterprise.events",
                        "enterprise.events-dlt",
                        "certification.events",
                        "certification.events-dlt",
                        "notification.events",
                        "notification.events-dlt");
    }

    @Test
    void plansThreePartitionsAndOneReplicaForEachMissingTopic() {
        List<NewTopic> missing = LadderTopics.missingFrom(Set.of());

        assertThat(missing).hasSize(6);
        assertThat(missing).allSatisfy(topic -> {
            assertThat(topic.numPartitions()).isEqualTo(3);
            assertThat(topic.replicationFactor()).isEqualTo((short) 1);
        });
    }

    @Test
    void leavesExistingTopicsAlone() {
        List<NewTopic> missing =
                LadderTopics.missingFrom(Set.of("enterprise.events", "notification.events-dlt", "unrelated"));

        assertThat(missing)
                .extracting(NewTopic::name)
                .containsExactly(
                        "enterprise.events-dlt",
                        "certification.events",
                        "certification.events-dlt",
                        "notification.events");
    }

    @Test
    void plansNothingWhenEveryTopicExists() {
        assertThat(LadderTopics.missingFrom(LadderTopics.names())).isEmpty();
    }
}
