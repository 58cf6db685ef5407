package cn.jinshan.ladder.certification.listing.domain;

/** A milestone that breaks a pipeline rule; {@code field} and {@code rule} name what is wrong. */
public class ListingRuleException extends RuntimeException {

    private final String field;
    private final String rule;

    public ListingRuleException(String field, String rule, String message) {
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
