package cn.jinshan.ladder.kit.sample;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.kit.test.LadderTestInfrastructure;
import com.mongodb.ConnectionString;
import com.mongodb.ReadPreference;
import com.mongodb.WriteConcern;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.ContainerProperties.AckMode;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Fails the build when the durability settings drift: the effective Kafka client configuration of a kit-based
 * service, the production topic and broker settings in {@code infra/deploy}, the documented MongoDB write concern,
 * and any service {@code application.yml} that weakens them. Same context as {@link ServiceKitIT}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ladder.outbox.collections=samples",
            "ladder.outbox.sweep-interval=500ms",
            "spring.servlet.multipart.max-file-size=1MB",
            "spring.servlet.multipart.max-request-size=1MB"
        })
class DurabilitySettingsIT {

    /** What the single-node local broker may differ in from production, and nothing else. */
    static final Map<String, String> LOCAL_EXCEPTIONS = Map.of("replication.factor", "1", "min.insync.replicas", "1");

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        LadderTestInfrastructure.register(registry, "kit");
    }

    @Autowired
    ProducerFactory<?, ?> producers;

    @Autowired
    ConsumerFactory<?, ?> consumers;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Value("${spring.mongodb.uri}")
    String mongoUri;

    @Test
    void theEffectiveProducerWaitsForAllInSyncReplicasAndIsIdempotent() {
        Map<String, Object> config = producers.getConfigurationProperties();

        assertThat(String.valueOf(config.get(ProducerConfig.ACKS_CONFIG))).isIn("all", "-1");
        assertThat(String.valueOf(config.get(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG)))
                .isEqualTo("true");
        assertThat(config).doesNotContainKey(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
    }

    @Test
    void theEffectiveConsumerCommitsOnlyAfterEachProcessedRecord() {
        Map<String, Object> config = consumers.getConfigurationProperties();
        MessageListenerContainer container = listeners.getListenerContainer(SampleEffects.CONSUMER);

        assertThat(String.valueOf(config.get(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG)))
                .isEqualTo("false");
        assertThat(String.valueOf(config.get(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG)))
                .isEqualTo("earliest");
        assertThat(container).isNotNull();
        assertThat(container.getContainerProperties().getAckMode()).isEqualTo(AckMode.RECORD);
    }

    @Test
    void theProductionTopicsAndBrokersKeepEveryCommittedRecordOnTwoReplicas() throws IOException {
        String topicsJob = Files.readString(repository().resolve("infra/deploy/kafka/kafka-topics-job.yaml"));
        String brokers = Files.readString(repository().resolve("infra/deploy/kafka/kafka.yaml"));

        assertThat(topicsJob)
                .contains(
                        "--replication-factor 3",
                        "--config min.insync.replicas=2",
                        "--config unclean.leader.election.enable=false");
        assertThat(brokers)
                .contains(
                        "default.replication.factor=3",
                        "min.insync.replicas=2",
                        "unclean.leader.election.enable=false",
                        "auto.create.topics.enable=false",
                        "transaction.state.log.min.isr=2");
        for (String topic : List.of("enterprise.events", "certification.events", "notification.events")) {
            assertThat(topicsJob).contains(topic.replace(".events", ""));
        }
    }

    @Test
    void theLocalBrokerDiffersFromProductionOnlyInTheNamedSingleNodeExceptions() {
        Map<String, TopicDescription> topics = LadderTestInfrastructure.kafka().doWithAdminFunction(admin -> {
            try {
                return admin.describeTopics(List.of(LadderTestInfrastructure.TOPICS))
                        .allTopicNames()
                        .get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Map<ConfigResource, Config> configs = LadderTestInfrastructure.kafka().doWithAdminFunction(admin -> {
            try {
                return admin.describeConfigs(Stream.of(LadderTestInfrastructure.TOPICS)
                                .map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name))
                                .toList())
                        .all()
                        .get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(topics).hasSize(LadderTestInfrastructure.TOPICS.length);
        topics.values()
                .forEach(topic -> assertThat(topic.partitions())
                        .allSatisfy(partition -> assertThat(
                                        String.valueOf(partition.replicas().size()))
                                .isEqualTo(LOCAL_EXCEPTIONS.get("replication.factor"))));
        configs.values().forEach(config -> {
            assertThat(config.get("unclean.leader.election.enable").value()).isEqualTo("false");
            assertThat(config.get("min.insync.replicas").value())
                    .isEqualTo(LOCAL_EXCEPTIONS.get("min.insync.replicas"));
        });
    }

    @Test
    void theDocumentedMongoUriWritesToAMajorityAndTheLocalOneIsNoWeaker() throws IOException {
        String deployGuide = Files.readString(repository().resolve("infra/deploy/README.md"));
        Matcher options = Pattern.compile("OPTS='([^']+)'").matcher(deployGuide);
        assertThat(options.find())
                .as("the deploy guide documents the MONGODB_URI options")
                .isTrue();
        ConnectionString production = new ConnectionString("mongodb://db1,db2,db3/enterprise?" + options.group(1));
        WriteConcern local = new ConnectionString(mongoUri).getWriteConcern();

        assertThat(production.getWriteConcern()).isEqualTo(WriteConcern.MAJORITY);
        assertThat(production.getRetryWritesValue()).isTrue();
        assertThat(production.getReadPreference()).isEqualTo(ReadPreference.primary());
        assertThat(production.getRequiredReplicaSetName()).isEqualTo("rs0");
        assertThat(local == null || WriteConcern.MAJORITY.equals(local))
                .as("local write concern %s (unset = the server default, majority since MongoDB 5.0)", local)
                .isTrue();
    }

    @Test
    void noServiceConfigurationWeakensTheDurableDefaults() throws IOException {
        Pattern weakening = Pattern.compile(
                "(?m)^\\s*(acks:\\s*(?!all\\b|-1\\b)\\S+"
                        + "|enable-auto-commit:\\s*true"
                        + "|enable\\.idempotence:\\s*false"
                        + "|ack-mode:\\s*(?!record\\b|manual_immediate\\b)\\S+"
                        + "|w=(?!majority)\\w+)",
                Pattern.CASE_INSENSITIVE);
        List<Path> configurations;
        try (Stream<Path> modules = Files.list(repository())) {
            configurations = modules.map(module -> module.resolve("src/main/resources/application.yml"))
                    .filter(Files::isRegularFile)
                    .toList();
        }

        assertThat(configurations).hasSizeGreaterThanOrEqualTo(4);
        for (Path configuration : configurations) {
            assertThat(weakening.matcher(Files.readString(configuration)).find())
                    .as("%s weakens a durability default", configuration)
                    .isFalse();
        }
    }

    private static Path repository() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("infra/deploy"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("the repository root with infra/deploy").isNotNull();
        return dir;
    }
}
