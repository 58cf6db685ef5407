package cn.jinshan.ladder.kafkabroker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Uuid;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Formats and starts the real broker the way the launcher does, then creates the topics on it. */
class KafkaBrokerIT {

    private static final Path MODULE = Path.of("").toAbsolutePath();

    @TempDir
    Path dir;

    private Process broker;

    @AfterEach
    void stopBroker() throws InterruptedException {
        if (broker != null && broker.isAlive()) {
            broker.destroy();
            if (!broker.waitFor(30, TimeUnit.SECONDS)) {
                broker.destroyForcibly();
            }
        }
    }

    @Test
    void startsLogsAndTakesTheTopicsOnce() throws Exception {
        int port = freePort();
        int controllerPort = freePort();
        Path config = writeConfig(port, controllerPort);
        Path log = dir.resolve("kafka.log");

        Process format = java(
                        "log4j2-tools.xml",
                        "kafka.tools.StorageTool",
                        "format",
                        "-t",
                        Uuid.randomUuid().toString(),
                        "-c",
                        config.toString())
                .redirectOutput(dir.resolve("format.out").toFile())
                .redirectError(dir.resolve("format.err").toFile())
                .start();
        assertThat(format.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(format.exitValue())
                .as(Files.readString(dir.resolve("format.err")))
                .isZero();

        broker = java("log4j2-broker.xml", "kafka.Kafka", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        awaitLogLine(log, "Kafka Server started", Duration.ofSeconds(90));

        String bootstrap = "127.0.0.1:" + port;
        List<String> created = TopicInitializer.initialize(bootstrap, Duration.ofSeconds(60));
        List<String> createdAgain = TopicInitializer.initialize(bootstrap, Duration.ofSeconds(30));

        assertThat(created).containsExactlyInAnyOrderElementsOf(LadderTopics.names());
        assertThat(createdAgain).isEmpty();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Map<String, TopicDescription> topics =
                    admin.describeTopics(LadderTopics.names()).allTopicNames().get(30, TimeUnit.SECONDS);
            assertThat(topics.values())
                    .allSatisfy(topic -> assertThat(topic.partitions()).hasSize(3));
        }
        assertThat(Files.readString(log)).contains(" INFO ");
    }

    private Path writeConfig(int port, int controllerPort) throws IOException {
        String template;
        try (InputStream in = KafkaBrokerIT.class.getResourceAsStream("/server.properties")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String config = template.replace(":9092", ":" + port)
                .replace(":9093", ":" + controllerPort)
                .replace("log.dirs=data/kafka/logs", "log.dirs=" + dir.resolve("logs"));
        Path file = dir.resolve("server.properties");
        Files.writeString(file, config);
        return file;
    }

    private ProcessBuilder java(String logConfig, String... mainAndArgs) throws IOException {
        String classpath = MODULE.resolve("target/classes") + ":"
                + Files.readString(MODULE.resolve("target/runtime-classpath.txt"))
                        .trim();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Dlog4j2.configurationFile=" + MODULE.resolve("target/classes").resolve(logConfig),
                "-cp",
                classpath));
        command.addAll(List.of(mainAndArgs));
        return new ProcessBuilder(command);
    }

    private void awaitLogLine(Path log, String line, Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(log) && Files.readString(log).contains(line)) {
                return;
            }
            assertThat(broker.isAlive())
                    .as("broker exited early:%n%s", Files.readString(log))
                    .isTrue();
            Thread.sleep(250);
        }
        throw new AssertionError(
                "no '" + line + "' in the broker log within " + timeout + ":\n" + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
