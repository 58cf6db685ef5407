package cn.jinshan.ladder.kafkabroker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ServerPropertiesTest {

    private static Properties template() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ServerPropertiesTest.class.getResourceAsStream("/server.properties")) {
            assertThat(in).as("server.properties on the classpath").isNotNull();
            properties.load(in);
        }
        return properties;
    }

    @Test
    void isOneKraftNodeOnTheContractPorts() throws IOException {
        Properties properties = template();

        assertThat(properties.getProperty("process.roles")).isEqualTo("broker,controller");
        assertThat(properties.getProperty("listeners"))
                .isEqualTo("PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093");
        assertThat(properties.getProperty("controller.quorum.voters")).isEqualTo("1@127.0.0.1:9093");
        assertThat(properties.getProperty("log.dirs")).isEqualTo("data/kafka/logs");
    }

    @Test
    void needsOnlyOneReplicaOfEveryInternalTopic() throws IOException {
        Properties properties = template();

        assertThat(properties)
                .containsEntry("default.replication.factor", "1")
                .containsEntry("min.insync.replicas", "1")
                .containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .containsEntry("share.coordinator.state.topic.replication.factor", "1")
                .containsEntry("share.coordinator.state.topic.min.isr", "1");
    }

    @Test
    void fitsASmallHeapAndCreatesNoTopicOnFirstUse() throws IOException {
        Properties properties = template();

        assertThat(properties)
                .containsEntry("log.cleaner.dedupe.buffer.size", "16777216")
                .containsEntry("auto.create.topics.enable", "false");
    }
}
