package cn.jinshan.ladder.enterprise.registry.domain;

import cn.jinshan.ladder.kit.error.InvalidInputException;
import cn.jinshan.ladder.kit.error.RuleViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The rules a profile keeps, and which of its fields differ between two versions. */
final class ProfileRules {

    private ProfileRules() {}

    static void check(Profile p) {
        List<RuleViolation> violations = new ArrayList<>();
        if (p.legalName() == null || p.legalName().isBlank()) {
            violations.add(new RuleViolation("legalName", "notBlank", "The legal name (企业名称) is required"));
        } else if (p.legalName().length() > 200) {
            violations.add(new RuleViolation("legalName", "size", "At most 200 characters"));
        }
        if (p.shortName() != null && p.shortName().length() > 100) {
            violations.add(new RuleViolation("shortName", "size", "At most 100 characters"));
        }
        if (!p.aboveScale() && p.aboveScaleSince() != null) {
            violations.add(
                    new RuleViolation("aboveScaleSince", "requiresFlag", "A date above scale needs aboveScale = true"));
        }
        if (!p.digitallyTransformed() && p.digitallyTransformedSince() != null) {
            violations.add(new RuleViolation(
                    "digitallyTransformedSince",
                    "requiresFlag",
                    "A digital-transformation date needs digitallyTransformed = true"));
        }
        for (int i = 0; i < p.contacts().size(); i++) {
            Contact contact = p.contacts().get(i);
            if ((contact.name() == null || contact.name().isBlank())
                    && (contact.userId() == null || contact.userId().isBlank())) {
                violations.add(
                        new RuleViolation("contacts[" + i + "]", "notBlank", "A contact needs a name or a user id"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    static List<String> changedFields(Profile a, Profile b) {
        List<String> changed = new ArrayList<>();
        add(changed, "legalName", a.legalName(), b.legalName());
        add(changed, "shortName", a.shortName(), b.shortName());
        add(changed, "registrationDate", a.registrationDate(), b.registrationDate());
        add(changed, "town", a.town(), b.town());
        add(changed, "park", a.park(), b.park());
        add(changed, "cluster", a.cluster(), b.cluster());
        add(changed, "subSector", a.subSector(), b.subSector());
        add(changed, "aboveScale", a.aboveScale(), b.aboveScale());
        add(changed, "aboveScaleSince", a.aboveScaleSince(), b.aboveScaleSince());
        add(changed, "digitallyTransformed", a.digitallyTransformed(), b.digitallyTransformed());
        add(changed, "digitallyTransformedSince", a.digitallyTransformedSince(), b.digitallyTransformedSince());
        add(changed, "contacts", a.contacts(), b.contacts());
        return changed;
    }

    private static void add(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }
}
