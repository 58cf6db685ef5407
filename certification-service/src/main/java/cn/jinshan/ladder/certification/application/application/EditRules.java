package cn.jinshan.ladder.certification.application.application;

import cn.jinshan.ladder.certification.programme.domain.Metrics;
import cn.jinshan.ladder.kit.error.InvalidInputException;
import cn.jinshan.ladder.kit.error.RuleViolation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** What a firm may put in its application: known metrics only, and bounded answers. */
final class EditRules {

    static final int MAX_ANSWERS = 100;
    static final int MAX_ANSWER_LENGTH = 4000;
    private static final Pattern ANSWER_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,59}");

    private EditRules() {}

    static void check(Map<String, BigDecimal> metrics, Map<String, String> answers) {
        List<RuleViolation> violations = new ArrayList<>();
        metrics.forEach((name, value) -> {
            if (!Metrics.isKnown(name)) {
                violations.add(new RuleViolation("metrics." + name, "knownMetric", "is not a known metric"));
            } else if (value == null) {
                violations.add(new RuleViolation("metrics." + name, "notNull", "must be a number"));
            }
        });
        if (answers.size() > MAX_ANSWERS) {
            violations.add(new RuleViolation("answers", "size", "at most " + MAX_ANSWERS + " answers"));
        }
        answers.forEach((key, value) -> {
            if (!ANSWER_KEY.matcher(key).matches()) {
                violations.add(new RuleViolation(
                        "answers." + key, "pattern", "keys are letters, digits, '.', '_' or '-' (at most 60)"));
            } else if (value != null && value.length() > MAX_ANSWER_LENGTH) {
                violations.add(
                        new RuleViolation("answers." + key, "size", "at most " + MAX_ANSWER_LENGTH + " characters"));
            }
        });
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
