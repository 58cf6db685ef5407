package cn.jinshan.ladder.notification.directory.adapter.out.mongo;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A firm's entry in the recipient directory, keyed by its enterprise id. */
@Document("recipients")
record RecipientDocument(
        @Id String enterpriseId,
        String legalName,
        String shortName,
        String town,
        String cluster,
        String specialistId,
        String specialistUsername,
        Instant updatedAt) {}
