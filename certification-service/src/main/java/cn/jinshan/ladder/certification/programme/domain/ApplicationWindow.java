package cn.jinshan.ladder.certification.programme.domain;

import java.time.LocalDate;

/** A batch in which applications are accepted, open on both its first and its last day. */
public record ApplicationWindow(String id, String batch, LocalDate opensOn, LocalDate closesOn) {

    /** The same window under another id. */
    public ApplicationWindow withId(String newId) {
        return new ApplicationWindow(newId, batch, opensOn, closesOn);
    }

    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }
}
