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
                e.metrics(),
                e.metricHistory(),
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

    static Enterprise toDomain(EnterpriseDocument d) {
        return new Enterprise(
                new CreditCode(d.id()),
                d.profile(),
                d.specialist(),
                orEmpty(d.metrics()),
                orEmpty(d.metricHistory()),
                orEmpty(d.holdings()),
                orEmpty(d.stages()),
                d.rung() == null ? Rung.STARTUP : Rung.valueOf(d.rung()),
                d.registeredAt(),
                d.registeredBy(),
                d.updatedAt(),
                d.version(),
                d.departure());
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
