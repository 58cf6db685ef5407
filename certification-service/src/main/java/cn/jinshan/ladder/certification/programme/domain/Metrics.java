package cn.jinshan.ladder.certification.programme.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The metric vocabulary rules may refer to. Money in 万元 (unless named in 万美元), ratios and growth in percent,
 * yes/no facts as 1 or 0, counts as whole numbers, {@code rdInstitutionLevel} 0 none, 1 below municipal, 2
 * municipal, 3 provincial, 4 national; {@code digitalLevel} the 数字化水平 grade 0–3.
 */
public final class Metrics {

    private static final Map<String, String> KNOWN = known();

    private Metrics() {}

    public static boolean isKnown(String metric) {
        return KNOWN.containsKey(metric);
    }

    public static Set<String> names() {
        return KNOWN.keySet();
    }

    /** What a metric means, for explanations. */
    public static String describe(String metric) {
        return KNOWN.getOrDefault(metric, metric);
    }

    private static Map<String, String> known() {
        Map<String, String> metrics = new LinkedHashMap<>();
        metrics.put("revenue", "上年度营业收入 (万元)");
        metrics.put("revenueAvg3y", "近三年平均营业收入 (万元)");
        metrics.put("revenueGrowth3yAvg", "近三年营业收入平均增长率 (%)");
        metrics.put("revenueCagr2y", "近两年营业收入复合增长率 (%)");
        metrics.put("mainBusinessRevenue", "上年度主营业务收入 (万元)");
        metrics.put("mainBusinessRevenueAvg3y", "近三年平均主营业务收入 (万元)");
        metrics.put("mainBusinessShare", "主营业务收入占营业收入比重 (%)");
        metrics.put("mainBusinessGrowth", "上年度主营业务收入增长率 (%)");
        metrics.put("mainBusinessGrowth2yAvg", "近两年主营业务收入平均增长率 (%)");
        metrics.put("mainBusinessGrowthMin3y", "近三年主营业务收入最低年增长率 (%)");
        metrics.put("rdSpend", "上年度研发费用 (万元)");
        metrics.put("rdRatio", "上年度研发费用占营业收入比重 (%)");
        metrics.put("rdSpendMin2y", "近两年研发费用较低一年 (万元)");
        metrics.put("rdRatioMin2y", "近两年研发费用占比较低一年 (%)");
        metrics.put("rdSpendTotal2y", "近两年研发费用合计 (万元)");
        metrics.put("rdSpendAvg2y", "近两年研发费用年均 (万元)");
        metrics.put("rdRatioAvg2y", "近两年研发费用平均占比 (%)");
        metrics.put("rdStaff", "研发人员数");
        metrics.put("rdStaffRatio", "研发人员占职工总数比重 (%)");
        metrics.put("rdEquipmentValue", "研发仪器设备及软件原值 (万元)");
        metrics.put("employees", "职工总数");
        metrics.put("totalAssets", "资产总额 (万元)");
        metrics.put("debtRatio", "资产负债率 (%)");
        metrics.put("netProfitMargin", "上年度净利润率 (%)");
        metrics.put("equityFinancing2y", "近两年股权融资 (万元)");
        metrics.put("equityFinancing3y", "近三年新增股权融资 (万元)");
        metrics.put("ipClass1HighValue", "Ⅰ类高价值知识产权 (件)");
        metrics.put("ipClass1OwnRd", "自主研发Ⅰ类知识产权 (件)");
        metrics.put("ipClass1", "Ⅰ类知识产权 (件)");
        metrics.put("ipClass2", "Ⅱ类知识产权 (件)");
        metrics.put("inventionPatents", "有效发明专利 (件)");
        metrics.put("utilityModelsOrSoftware", "实用新型专利或软件著作权 (件)");
        metrics.put("ipOwnRd3y", "近三年自主研发知识产权 (件)");
        metrics.put("patentApplications2y", "近两年专利申请 (件)");
        metrics.put("nicheYears", "从事特定细分市场年限 (年)");
        metrics.put("yearsOperating", "经营年限 (年)");
        metrics.put("marketShare", "细分市场占有率 (%)");
        metrics.put("marketRankChina", "国内细分市场排名");
        metrics.put("marketRankGlobal", "全球细分市场排名");
        metrics.put("marketShareLeading", "主导产品市场占有率较为靠前 (1/0, 自述)");
        metrics.put("strategicEmergingIndustry", "主导产品属于战略性新兴产业 (1/0)");
        metrics.put("keyChainProduct", "主导产品补短板/锻长板/填空白 (1/0)");
        metrics.put("industrialFoundationProduct", "工业六基/老字号/链主配套 (1/0)");
        metrics.put("keyChainLink", "主导产品处于产业链关键环节 (1/0)");
        metrics.put("digitalLevel", "数字化水平等级 (0–3)");
        metrics.put("qualityItems", "质量管理项 (省级质量奖/ISO9001/自主品牌/制修订标准, 项)");
        metrics.put("informationSystem", "核心业务采用信息系统 (1/0)");
        metrics.put("managementCertification", "管理体系或发达国家产品认证 (1/0)");
        metrics.put("qualityCertification", "质量体系认证或重点产品质量攻关成果 (1/0)");
        metrics.put("ownBrand", "拥有自主品牌 (1/0)");
        metrics.put("brandTitle", "驰名商标/品牌示范/老字号/政府质量奖 (1/0)");
        metrics.put("rdInstitutionLevel", "研发机构级别 (0 无, 1 市以下, 2 市级, 3 省级, 4 国家级)");
        metrics.put("rdPlatform", "院士专家工作站/企业技术中心/工程中心 (1/0)");
        metrics.put("scienceAwardNational", "近三年国家级科技奖励 (1/0)");
        metrics.put("scienceAwardProvincial", "近三年省部级科技奖励 (1/0)");
        metrics.put("highTechEnterprise", "有效期内高新技术企业/技术创新示范/知识产权优势示范企业 (1/0)");
        metrics.put("makerChinaTop500", "近三年创客中国全国500强 (1/0)");
        metrics.put("makerChinaTop50", "近三年创客中国全国50强 (1/0)");
        metrics.put("miitEvaluationScore", "专精特新发展评价得分 (工信部平台)");
        metrics.put("registeredInJinshan", "注册并纳税在金山区 (1/0)");
        metrics.put("privateCapitalShare", "民营资本占比 (%)");
        metrics.put("branchesOutsideShanghai", "上海以外分支机构或子公司 (个)");
        metrics.put("parentTotalAssetsUsd", "母公司资产总额 (万美元)");
        metrics.put("rdStaffQualified", "技术中心人员学历或职称达标 (1/0)");
        metrics.put("holdsInnovativeSme", "持有有效创新型中小企业资格 (1/0)");
        metrics.put("holdsSpecializedNew", "持有有效专精特新中小企业资格 (1/0)");
        metrics.put("holdsDistrictTechCenter", "持有区级企业技术中心资格 (1/0)");
        metrics.put("holdsMunicipalTechCenter", "持有市级企业技术中心资格 (1/0)");
        metrics.put("inReservePool", "已入金山区上市后备企业培育库 (1/0)");
        return Collections.unmodifiableMap(metrics);
    }
}
