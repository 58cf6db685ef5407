package cn.jinshan.ladder.certification.enterprise.application;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/** A firm's profile (with the programmes it holds) and latest yearly figures, as enterprise-service reports them. */
public record EnterpriseSnapshot(
        String enterpriseId,
        String legalName,
        String town,
        String cluster,
        Set<String> activeProgrammes,
        Integer year,
        Map<String, BigDecimal> metrics) {

    public EnterpriseSnapshot {
        activeProgrammes = activeProgrammes == null ? Set.of() : Set.copyOf(activeProgrammes);
        metrics = metrics == null ? Map.of() : Map.copyOf(metrics);
    }
}
