package cn.jinshan.ladder.enterprise.registry.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One year's figures of a firm. Amounts in 万元 (10,000 CNY), ratios and rates in percent; every figure may be
 * unknown (null).
 */
public record Figures(
        BigDecimal revenue,
        BigDecimal mainBusinessRevenue,
        BigDecimal mainBusinessShare,
        BigDecimal revenueGrowth,
        BigDecimal netProfitMargin,
        BigDecimal rdSpend,
        BigDecimal rdRatio,
        Integer rdStaff,
        BigDecimal rdStaffRatio,
        Integer employees,
        BigDecimal totalAssets,
        BigDecimal debtRatio,
        BigDecimal equityFinancing,
        Integer patentsClassI, // Ⅰ类知识产权
        Integer patentsClassII, // Ⅱ类知识产权
        Integer inventionPatents,
        Integer yearsInNiche,
        BigDecimal marketShare,
        Integer marketRank,
        List<String> qualityCertifications,
        String digitalLevel,
        List<String> awards,
        List<String> rdInstitutions) {

    /** A year with no figure known. */
    public static final Figures NONE = new Figures(
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null);

    public Figures {
        qualityCertifications = qualityCertifications == null ? List.of() : List.copyOf(qualityCertifications);
        awards = awards == null ? List.of() : List.copyOf(awards);
        rdInstitutions = rdInstitutions == null ? List.of() : List.copyOf(rdInstitutions);
    }

    /** Every figure by name, in a stable order; decimals normalised so that 12.50 and 12.5 compare equal. */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("revenue", plain(revenue));
        map.put("mainBusinessRevenue", plain(mainBusinessRevenue));
        map.put("mainBusinessShare", plain(mainBusinessShare));
        map.put("revenueGrowth", plain(revenueGrowth));
        map.put("netProfitMargin", plain(netProfitMargin));
        map.put("rdSpend", plain(rdSpend));
        map.put("rdRatio", plain(rdRatio));
        map.put("rdStaff", rdStaff);
        map.put("rdStaffRatio", plain(rdStaffRatio));
        map.put("employees", employees);
        map.put("totalAssets", plain(totalAssets));
        map.put("debtRatio", plain(debtRatio));
        map.put("equityFinancing", plain(equityFinancing));
        map.put("patentsClassI", patentsClassI);
        map.put("patentsClassII", patentsClassII);
        map.put("inventionPatents", inventionPatents);
        map.put("yearsInNiche", yearsInNiche);
        map.put("marketShare", plain(marketShare));
        map.put("marketRank", marketRank);
        map.put("qualityCertifications", qualityCertifications);
        map.put("digitalLevel", digitalLevel);
        map.put("awards", awards);
        map.put("rdInstitutions", rdInstitutions);
        return map;
    }

    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
