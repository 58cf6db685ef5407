package cn.jinshan.ladder.certification.application.domain;

/** Input a transition needs is missing or wrong (e.g. an unsigned commitment, a blank reason). */
public class ApplicationRuleException extends RuntimeException {

    private final String field;
    private final String rule;

    public ApplicationRuleException(String field, String rule, String message) {
        super(message);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
