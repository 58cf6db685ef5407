package cn.jinshan.ladder.notification.push.adapter.out.mongo;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The deployment's VAPID key pair, base64 PKCS#8 and X.509. */
@Document("vapid_keys")
record VapidKeyDocument(@Id String id, String privateKeyPkcs8, String publicKeyX509, Instant createdAt) {

    static final String ID = "vapid";
}
