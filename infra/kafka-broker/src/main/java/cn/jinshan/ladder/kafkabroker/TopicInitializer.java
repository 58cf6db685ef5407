package cn.jinshan.ladder.kafkabroker;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates the missing Ladder topics on a broker, waiting until the broker answers. */
public final class TopicInitializer {

    private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(5);

    private TopicInitializer() {}

    /** Returns the names of the topics it created; topics that already exist are left as they are. */
    public static List<String> initialize(String bootstrapServers, Duration timeout)
            throws InterruptedException, TimeoutException {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) ATTEMPT_TIMEOUT.toMillis(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) ATTEMPT_TIMEOUT.toMillis());
        Instant deadline = Instant.now().plus(timeout);
        try (Admin admin = Admin.create(config)) {
            while (true) {
                try {
                    return createMissing(admin);
                } catch (ExecutionException | TimeoutException e) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new TimeoutException("Kafka at " + bootstrapServers + " did not accept the topics within "
                                + timeout.toSeconds() + " s: " + e.getMessage());
                    }
                    Thread.sleep(500);
                }
            }
        }
    }

    private static List<String> createMissing(Admin admin)
            throws ExecutionException, InterruptedException, TimeoutException {
        Set<String> existing = admin.listTopics().names().get(ATTEMPT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        List<NewTopic> missing = LadderTopics.missingFrom(existing);
        try {
            admin.createTopics(missing).all().get(ATTEMPT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        return missing.stream().map(NewTopic::name).toList();
    }

    /** Arguments: {@code [bootstrap-servers] [timeout-seconds]}, defaulting to 127.0.0.1:9092 and 60. */
    public static void main(String[] args) throws InterruptedException {
        String bootstrapServers = args.length > 0 ? args[0] : "127.0.0.1:9092";
        Duration timeout = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 60);
        try {
            List<String> created = initialize(bootstrapServers, timeout);
            System.out.println(
                    created.isEmpty()
                            ? "topics ready: " + String.join(", ", LadderTopics.names())
                            : "topics created: " + String.join(", ", created));
        } catch (TimeoutException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }
}
