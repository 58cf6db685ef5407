package cn.jinshan.ladder.certification.application.adapter.in.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** The bodies the application endpoints accept; server-owned fields (status, scores, owner) are never among them. */
final class ApplicationRequests {

    private ApplicationRequests() {}

    /** Open a draft for a programme; {@code renewal: true} for a renewal (复核). */
    record Open(String programme, String ruleVersion, Boolean renewal) {}

    /** The firm's figures and answers. */
    record Edit(Map<String, BigDecimal> metrics, Map<String, String> answers) {}

    /** Submit with the authenticity commitment (真实性承诺). */
    record Submit(Boolean authenticityCommitment) {}

    /** A transition's comment or reason. */
    record Comment(String comment, String reason) {

        String text() {
            return reason != null ? reason : comment;
        }
    }

    /** The publicity period's last day, if known. */
    record Publicity(LocalDate publicityEndsOn, String comment) {}

    /** The announcement date the certificate is valid from. */
    record Approve(LocalDate announcedOn, String comment) {}
}
