package cn.jinshan.ladder.enterprise.registry.adapter.in.kafka;

import cn.jinshan.ladder.enterprise.registry.application.DirectoryUpkeep;
import cn.jinshan.ladder.enterprise.registry.application.EnterpriseDirectory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;

/**
 * Keeps this instance's list read model current with every instance's writes: each record of
 * {@code enterprise.events} (key = credit code) reloads that firm by {@code _id}. A group of its own per instance
 * (every instance sees every event); on its first assignment it starts a minute before the read model was loaded, so
 * no change between the load and the subscription is missed (a reload is idempotent).
 */
@Component
class EnterpriseEventsListener implements ConsumerSeekAware {

    static final Duration OVERLAP = Duration.ofMinutes(1);

    private final DirectoryUpkeep upkeep;
    private final EnterpriseDirectory directory;
    private final Set<TopicPartition> started = ConcurrentHashMap.newKeySet();

    EnterpriseEventsListener(DirectoryUpkeep upkeep, EnterpriseDirectory directory) {
        this.upkeep = upkeep;
        this.directory = directory;
    }

    @KafkaListener(
            id = "enterprise-read-model",
            topics = "enterprise.events",
            groupId = "enterprise-read-model-#{T(java.util.UUID).randomUUID()}")
    void on(ConsumerRecord<String, String> record) {
        if (record.key() != null && !record.key().isBlank()) {
            upkeep.changed(record.key());
        }
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        List<TopicPartition> first =
                assignments.keySet().stream().filter(started::add).toList();
        if (first.isEmpty()) {
            return;
        }
        Instant loaded = directory.loadedAt() == null ? Instant.EPOCH : directory.loadedAt();
        callback.seekToTimestamp(first, loaded.minus(OVERLAP).toEpochMilli());
    }
}
