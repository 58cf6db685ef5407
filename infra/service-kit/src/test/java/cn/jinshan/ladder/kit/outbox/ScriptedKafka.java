package cn.jinshan.ladder.kit.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

/**
 * A Kafka template that never reaches a broker: while "up" it acknowledges every send at once and keeps the record;
 * while "down" it answers a send that never completes (the relay's send timeout expires). A hook runs inside each
 * acknowledged send, to interleave a concurrent write with a relay.
 */
final class ScriptedKafka extends KafkaTemplate<String, String> {

    private final List<ProducerRecord<String, String>> sent = new ArrayList<>();
    private volatile boolean down;
    private volatile int attempts;
    private volatile Runnable duringSend = () -> {};

    ScriptedKafka() {
        super(new DefaultKafkaProducerFactory<>(Map.of()));
    }

    @Override
    public synchronized CompletableFuture<SendResult<String, String>> send(ProducerRecord<String, String> record) {
        attempts++;
        if (down) {
            return new CompletableFuture<>();
        }
        Runnable hook = duringSend;
        duringSend = () -> {};
        hook.run();
        sent.add(record);
        return CompletableFuture.completedFuture(new SendResult<>(record, null));
    }

    void down(boolean down) {
        this.down = down;
    }

    /** Runs once, inside the next acknowledged send. */
    void duringNextSend(Runnable hook) {
        this.duringSend = hook;
    }

    int attempts() {
        return attempts;
    }

    synchronized List<String> sentKeys() {
        return sent.stream().map(ProducerRecord::key).toList();
    }
}
