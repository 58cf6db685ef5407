package cn.jinshan.ladder.kit.error;

import java.util.List;

/** Input that breaks domain rules, reported field by field (answered as 400 with {@code errors}). */
public class InvalidInputException extends RuntimeException {

    private final List<RuleViolation> violations;

    public InvalidInputException(List<RuleViolation> violations) {
        super(violations.isEmpty() ? "invalid input" : violations.get(0).message());
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(String field, String rule, String message) {
        this(List.of(new RuleViolation(field, rule, message)));
    }

    public List<RuleViolation> violations() {
        return violations;
    }
}
