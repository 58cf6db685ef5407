package cn.jinshan.ladder.notification.push.adapter.out.mongo;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A push held back by quiet hours until {@code releaseAt}. */
@Document("held_pushes")
record HeldPushDocument(@Id String id, String notificationId, String subscriptionId, Instant releaseAt) {}
