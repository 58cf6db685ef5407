package cn.jinshan.ladder.notification.channels.adapter.out.mongo;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An item that has fallen back from push to the other channels. */
@Document("fallbacks")
record FallbackClaimDocument(@Id String id, Instant at) {}
