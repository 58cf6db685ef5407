package cn.jinshan.ladder.notification.push.application;

import cn.jinshan.ladder.kit.error.InvalidInputException;
import cn.jinshan.ladder.kit.error.RuleViolation;
import cn.jinshan.ladder.notification.push.domain.PushEndpoint;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** A browser's subscription as sent by the web UI, checked before it is stored. */
public record SubscribeCommand(String endpoint, String p256dh, String auth) {

    /**
     * Throws a 400 naming each broken field and rule: an endpoint at a known push service ({@link PushEndpoint}), a
     * P-256 point and a 16-byte secret.
     */
    public void check(PushProperties properties) {
        List<RuleViolation> violations = new ArrayList<>();
        PushEndpoint.check(endpoint, properties.allowedHosts(), properties.allowInsecureEndpoints()).stream()
                .map(broken -> new RuleViolation("endpoint", broken.rule(), broken.message()))
                .forEach(violations::add);
        byte[] key = decode(p256dh);
        if (key == null || key.length != 65 || key[0] != 4) {
            violations.add(new RuleViolation(
                    "keys.p256dh", "p256Point", "p256dh must be an uncompressed P-256 point in base64url"));
        }
        byte[] secret = decode(auth);
        if (secret == null || secret.length != 16) {
            violations.add(new RuleViolation("keys.auth", "authSecret", "auth must be 16 bytes in base64url"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static byte[] decode(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Base64.getUrlDecoder()
                    .decode(value.replace('+', '-').replace('/', '_').replace("=", ""));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
