package cn.jinshan.ladder.enterprise.registry.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The columns of the bulk-import template, each with what it holds; only {@code creditCode} is always required. */
public final class ImportColumns {

    /** Column name → description, in template order. */
    public static final Map<String, String> DESCRIPTIONS = descriptions();

    public static final List<String> HEADER = List.copyOf(DESCRIPTIONS.keySet());

    private ImportColumns() {}

    private static Map<String, String> descriptions() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("creditCode", "统一社会信用代码, 18 characters, GB 32100-2015 check character (required)");
        d.put("legalName", "企业名称 (required for a firm not yet registered)");
        d.put("shortName", "简称");
        d.put("registrationDate", "成立日期, yyyy-MM-dd");
        d.put("town", "镇/街道/工业区, e.g. 山阳镇");
        d.put("park", "特色园区, e.g. 湾区生物医药港");
        d.put("cluster", "产业集群, e.g. 新材料");
        d.put("subSector", "细分领域, e.g. 高分子材料");
        d.put("aboveScale", "规上工业: true/false (是/否)");
        d.put("aboveScaleSince", "规上 since, yyyy-MM-dd");
        d.put("digitallyTransformed", "数字化转型: true/false (是/否)");
        d.put("digitallyTransformedSince", "数字化转型 since, yyyy-MM-dd");
        d.put("year", "Year of the figures on this row (empty: profile only); one row per firm and year");
        d.put("revenue", "营业收入, 万元");
        d.put("mainBusinessRevenue", "主营业务收入, 万元");
        d.put("mainBusinessShare", "主营业务收入占比, %");
        d.put("revenueGrowth", "营收增长率, %");
        d.put("netProfitMargin", "净利润率, %");
        d.put("rdSpend", "研发费用, 万元");
        d.put("rdRatio", "研发费用占营收比, %");
        d.put("rdStaff", "研发人员数");
        d.put("rdStaffRatio", "研发人员占比, %");
        d.put("employees", "从业人员数");
        d.put("totalAssets", "资产总额, 万元");
        d.put("debtRatio", "资产负债率, %");
        d.put("equityFinancing", "股权融资, 万元");
        d.put("patentsClassI", "Ⅰ类知识产权数");
        d.put("patentsClassII", "Ⅱ类知识产权数");
        d.put("inventionPatents", "有效发明专利数");
        d.put("yearsInNiche", "从事细分市场年限");
        d.put("marketShare", "细分市场占有率, %");
        d.put("marketRank", "细分市场排名");
        d.put("qualityCertifications", "质量认证, separated by ;");
        d.put("digitalLevel", "数字化水平");
        d.put("awards", "获奖, separated by ;");
        d.put("rdInstitutions", "研发机构, separated by ;");
        return d;
    }
}
