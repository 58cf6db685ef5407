package cn.jinshan.ladder.notification.digest.adapter.out.mongo;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A user who wants a daily digest, with what their inbox shows them (username, roles, firm), the hour, and the last
 * day (Asia/Shanghai, ISO date) their digest was looked at.
 */
@Document("digest_subscriptions")
record DigestSubscriptionDocument(
        @Id String subject, String username, List<String> roles, String enterpriseId, int hour, String lastRunOn) {}
