package cn.jinshan.ladder.certification.programme.application;

import cn.jinshan.ladder.certification.programme.domain.ApplicationWindow;
import cn.jinshan.ladder.certification.programme.domain.CatalogueRules;
import cn.jinshan.ladder.certification.programme.domain.CatalogueViolation;
import cn.jinshan.ladder.certification.programme.domain.Programme;
import cn.jinshan.ladder.certification.programme.domain.RuleVersion;
import cn.jinshan.ladder.kit.error.ConflictException;
import cn.jinshan.ladder.kit.error.InvalidInputException;
import cn.jinshan.ladder.kit.error.NotFoundException;
import cn.jinshan.ladder.kit.error.RuleViolation;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/** Reads and maintains the programme catalogue: programmes, their rule versions and application windows. */
@Service
public class ProgrammeCatalogue {

    private static final Comparator<Programme> LADDER_ORDER = Comparator.comparing(
                    (Programme programme) -> programme.rung() == null ? Integer.MAX_VALUE : programme.rung())
            .thenComparing(Programme::code);

    private final ProgrammeStore store;

    ProgrammeCatalogue(ProgrammeStore store) {
        this.store = store;
    }

    public List<Programme> all() {
        return store.findAll().stream().sorted(LADDER_ORDER).toList();
    }

    public Programme get(String code) {
        return store.find(code).orElseThrow(() -> new NotFoundException("programme", code));
    }

    public Programme create(Programme programme) {
        reject(CatalogueRules.check(programme), "");
        if (!store.insertIfAbsent(programme)) {
            throw new ConflictException("programme-exists", "programme " + programme.code() + " exists already");
        }
        return programme;
    }

    public Programme replace(Programme programme) {
        get(programme.code());
        reject(CatalogueRules.check(programme), "");
        store.save(programme);
        return programme;
    }

    public Programme putRuleVersion(String code, RuleVersion version) {
        reject(CatalogueRules.check(version), "");
        Programme updated = get(code).withRuleVersion(version);
        store.save(updated);
        return updated;
    }

    /** Adds a new rule version; 409 when the programme has one with that id already. */
    public Programme addRuleVersion(String code, RuleVersion version) {
        if (version.id() != null && get(code).ruleVersion(version.id()).isPresent()) {
            throw new ConflictException(
                    "rule-version-exists", "rule version " + version.id() + " of " + code + " exists already");
        }
        return putRuleVersion(code, version);
    }

    public Programme putWindow(String code, ApplicationWindow window) {
        reject(CatalogueRules.check(window), "");
        Programme updated = get(code).withWindow(window);
        store.save(updated);
        return updated;
    }

    /** Seeds the catalogue: adds each programme that is not there yet, keeps what administrators changed. */
    public int seed(List<Programme> programmes) {
        int added = 0;
        for (Programme programme : programmes) {
            List<CatalogueViolation> violations = CatalogueRules.check(programme);
            if (!violations.isEmpty()) {
                throw new IllegalStateException("seed programme " + programme.code() + " is invalid: " + violations);
            }
            added += store.insertIfAbsent(programme) ? 1 : 0;
        }
        return added;
    }

    private static void reject(List<CatalogueViolation> violations, String prefix) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.stream()
                    .map(violation ->
                            new RuleViolation(prefix + violation.field(), violation.rule(), violation.message()))
                    .toList());
        }
    }
}
