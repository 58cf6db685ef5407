package cn.jinshan.ladder.enterprise.registry.adapter.out.mongo;

import cn.jinshan.ladder.enterprise.registry.domain.CreditCode;
import cn.jinshan.ladder.enterprise.registry.domain.Enterprise;
import cn.jinshan.ladder.enterprise.registry.domain.Rung;
import java.util.List;

/** Maps enterprises to their stored documents and back. */
final class EnterpriseMapper {

    private EnterpriseMapper() {}

    static EnterpriseDocument toDocument(Enterprise e, long version) {
        return new EnterpriseDocument(
                e.id().value(),
                e.profile(),
                e.specialist(),
                e.holdings(),
                e.stages(),
                e.rung().name(),
                e.rung().ordinal(),
                e.registeredAt(),
                e.registeredBy(),
                e.updatedAt(),
                version,
                e.departure());
    }

    static FiguresDocument toFigures(Enterprise e, long version) {
        return new FiguresDocument(e.id().value(), e.metrics(), e.metricHistory(), version);
    }

    /** The enterprise without its figures. */
    static Enterprise toDomain(EnterpriseDocument d) {
        return toDomain(d, null, Enterprise.FIGURES_NOT_LOADED);
    }

    /** The enterprise with its figures ({@code null}: it has none yet). */
    static Enterprise toDomain(EnterpriseDocument d, FiguresDocument f) {
        return toDomain(d, f, f == null ? 0 : f.version());
    }

    private static Enterprise toDomain(EnterpriseDocument d, FiguresDocument f, long figuresVersion) {
        return new Enterprise(
                new CreditCode(d.id()),
                d.profile(),
                d.specialist(),
                f == null ? List.of() : orEmpty(f.years()),
                f == null ? List.of() : orEmpty(f.history()),
                orEmpty(d.holdings()),
                orEmpty(d.stages()),
                d.rung() == null ? Rung.STARTUP : Rung.valueOf(d.rung()),
                d.registeredAt(),
                d.registeredBy(),
                d.updatedAt(),
                d.version(),
                d.departure(),
                figuresVersion);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
