package cn.jinshan.ladder.notification.support;

import cn.jinshan.ladder.contracts.ContractValidator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Events built from the contracts' examples, with a fresh event id and chosen payload fields. */
public final class ContractEvents {

    private static final ContractValidator CONTRACTS = new ContractValidator();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private ContractEvents() {}

    /** The example exactly as the contract ships it. */
    public static String example(String type, int version) {
        return CONTRACTS.exampleFor(type, version);
    }

    /** The example with a new event id, the given payload fields replaced, and the aggregate id if asked. */
    public static Built from(String type, int version, String aggregateId, Map<String, Object> payload) {
        ObjectNode event = (ObjectNode) JSON.readTree(example(type, version));
        String eventId = UUID.randomUUID().toString();
        event.put("eventId", eventId);
        if (aggregateId != null) {
            event.put("aggregateId", aggregateId);
        }
        ObjectNode body = (ObjectNode) event.get("payload");
        payload.forEach((field, value) -> body.set(field, JSON.valueToTree(value)));
        return new Built(eventId, event.get("aggregateId").asString(), JSON.writeValueAsString(event));
    }

    /** A new enterprise id shaped like a unified social credit code. */
    public static String newCreditCode() {
        StringBuilder code = new StringBuilder("91310116");
        for (int i = 0; i < 10; i++) {
            code.append(CODE_CHARS.charAt(ThreadLocalRandom.current().nextInt(CODE_CHARS.length())));
        }
        return code.toString();
    }

    public static ContractValidator contracts() {
        return CONTRACTS;
    }

    /** An event ready to send. */
    public record Built(String eventId, String key, String json) {}
}
