package cn.jinshan.ladder.enterprise.registry.application;

import cn.jinshan.ladder.enterprise.registry.domain.Enterprise;
import cn.jinshan.ladder.enterprise.registry.domain.Holding;
import cn.jinshan.ladder.enterprise.registry.domain.HoldingStatus;
import cn.jinshan.ladder.enterprise.registry.domain.Profile;
import cn.jinshan.ladder.kit.audit.AuditLog;
import cn.jinshan.ladder.kit.audit.AuditOutcome;
import cn.jinshan.ladder.kit.security.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Exports the enterprises a list query matches (what the caller may see), row by row, and audits it. */
@Service
public class EnterpriseExport {

    public static final List<String> HEADER = List.of(
            "creditCode",
            "legalName",
            "shortName",
            "registrationDate",
            "town",
            "park",
            "cluster",
            "subSector",
            "rung",
            "activeProgrammes",
            "aboveScale",
            "aboveScaleSince",
            "digitallyTransformed",
            "digitallyTransformedSince",
            "specialist",
            "registeredAt");

    private final EnterpriseService enterprises;
    static final String ACTION = "enterprise.export";
    static final String OBJECT_TYPE = "enterprise-list";

    private final AuditLog audit;

    EnterpriseExport(EnterpriseService enterprises, AuditLog audit) {
        this.enterprises = enterprises;
        this.audit = audit;
    }

    /** Writes the header and one row per match; returns the number of rows. */
    public int export(
            EnterpriseQuery query, String specialistFilter, CurrentUser user, String format, TableWriter out) {
        int[] count = {0};
        try {
            out.row(HEADER);
            enterprises.forEach(query, specialistFilter, user, enterprise -> {
                out.row(row(enterprise));
                count[0]++;
            });
        } catch (RuntimeException e) {
            audit.record(
                    ACTION,
                    OBJECT_TYPE,
                    "enterprises",
                    AuditOutcome.FAILED,
                    count[0] + " rows " + format + " before " + e.getClass().getSimpleName());
            throw e;
        }
        audit.record(ACTION, OBJECT_TYPE, "enterprises", AuditOutcome.SUCCEEDED, count[0] + " rows " + format);
        return count[0];
    }

    static List<String> row(Enterprise e) {
        Profile p = e.profile();
        List<String> cells = new ArrayList<>();
        cells.add(e.id().value());
        cells.add(p.legalName());
        cells.add(text(p.shortName()));
        cells.add(text(p.registrationDate()));
        cells.add(text(p.town()));
        cells.add(text(p.park()));
        cells.add(text(p.cluster()));
        cells.add(text(p.subSector()));
        cells.add(e.rung().name());
        cells.add(e.holdings().stream()
                .filter(h -> h.status() == HoldingStatus.ACTIVE)
                .map(Holding::programme)
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .collect(Collectors.joining(";")));
        cells.add(String.valueOf(p.aboveScale()));
        cells.add(text(p.aboveScaleSince()));
        cells.add(String.valueOf(p.digitallyTransformed()));
        cells.add(text(p.digitallyTransformedSince()));
        cells.add(
                e.specialist() == null
                        ? ""
                        : text(
                                e.specialist().username() != null
                                        ? e.specialist().username()
                                        : e.specialist().subject()));
        cells.add(text(e.registeredAt()));
        return cells;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
