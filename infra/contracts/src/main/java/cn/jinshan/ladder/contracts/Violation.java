package cn.jinshan.ladder.contracts;

/**
 * One way an event breaks its contract: the JSON Pointer of the offending field (for example
 * {@code /payload/legalName}, empty for the whole event), the violated rule (the JSON Schema keyword,
 * {@code json} or {@code contract}) and a readable message.
 */
public record Violation(String field, String rule, String message) {

    @Override
    public String toString() {
        return (field.isEmpty() ? "(event)" : field) + " [" + rule + "] " + message;
    }
}
