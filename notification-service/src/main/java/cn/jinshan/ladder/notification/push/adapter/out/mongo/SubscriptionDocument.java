package cn.jinshan.ladder.notification.push.adapter.out.mongo;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A push subscription as stored, keyed by a hash of its endpoint. */
@Document("push_subscriptions")
record SubscriptionDocument(
        @Id String id,
        String endpoint,
        String p256dh,
        String auth,
        String subject,
        List<String> addresses,
        String language,
        Instant createdAt) {}
