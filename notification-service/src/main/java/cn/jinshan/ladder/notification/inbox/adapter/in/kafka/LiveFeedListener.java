package cn.jinshan.ladder.notification.inbox.adapter.in.kafka;

import cn.jinshan.ladder.kit.events.EventCodec;
import cn.jinshan.ladder.kit.events.IncomingEvent;
import cn.jinshan.ladder.notification.inbox.application.LiveFeed;
import cn.jinshan.ladder.notification.inbox.domain.NotificationCreated;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Each replica reads {@code notification.events} in a consumer group of its own, from the latest offset (a stream
 * only wants what is new), and hands every new item to its live streams.
 */
@Component
class LiveFeedListener {

    static final String ID = "notification-live";

    private final LiveFeed feed;
    private final EventCodec codec;

    LiveFeedListener(LiveFeed feed, EventCodec codec) {
        this.feed = feed;
        this.codec = codec;
    }

    @KafkaListener(
            id = ID,
            idIsGroup = false,
            groupId = "notification-live-#{T(java.util.UUID).randomUUID()}",
            topics = "notification.events",
            properties = "auto.offset.reset=latest")
    void on(ConsumerRecord<String, String> record) {
        IncomingEvent event = codec.read(record.value());
        if (NotificationCreated.TYPE.equals(event.type())) {
            feed.created(event.aggregateId());
        }
    }
}
