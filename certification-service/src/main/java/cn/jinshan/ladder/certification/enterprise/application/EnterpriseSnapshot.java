package cn.jinshan.ladder.certification.enterprise.application;

import java.math.BigDecimal;
import java.util.Map;

/** A firm's profile and latest yearly figures as enterprise-service reports them now. */
public record EnterpriseSnapshot(
        String enterpriseId,
        String legalName,
        String town,
        String cluster,
        Integer year,
        Map<String, BigDecimal> metrics) {

    public EnterpriseSnapshot {
        metrics = metrics == null ? Map.of() : Map.copyOf(metrics);
    }
}
