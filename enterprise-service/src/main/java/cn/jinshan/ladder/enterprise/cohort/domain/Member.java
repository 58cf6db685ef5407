package cn.jinshan.ladder.enterprise.cohort.domain;

import java.time.LocalDate;

/** A firm in a cohort: when it entered the indicator, where it is, and whether (and why) it left by the as-of date. */
public record Member(
        String firm,
        String name,
        String town,
        String cluster,
        String specialist,
        LocalDate enteredOn,
        LocalDate leftOn,
        String leftCause) {

    /** Still counted in the net figure. */
    public boolean net() {
        return leftOn == null;
    }

    public int year() {
        return enteredOn.getYear();
    }
}
