package cn.jinshan.ladder.certification.enterprise.adapter.out.rest;

import cn.jinshan.ladder.certification.enterprise.application.EnterpriseSnapshot;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Maps enterprise-service's profile ({@code GET /api/enterprises/{id}}) and yearly figures ({@code GET
 * /api/enterprises/{id}/metrics}: {@code years[{year, figures{…}}]}) to the metric vocabulary of the rules.
 * Figures of the latest year map by name; multi-year metrics are derived from the years reported.
 */
final class EnterpriseResponses {

    /** Credit codes of firms registered in 金山区 carry the division code 310116 at positions 3–8. */
    static final String JINSHAN_DIVISION = "310116";

    private static final Map<String, String> SAME_YEAR = Map.ofEntries(
            Map.entry("revenue", "revenue"),
            Map.entry("mainBusinessRevenue", "mainBusinessRevenue"),
            Map.entry("mainBusinessShare", "mainBusinessShare"),
            Map.entry("netProfitMargin", "netProfitMargin"),
            Map.entry("rdSpend", "rdSpend"),
            Map.entry("rdRatio", "rdRatio"),
            Map.entry("rdStaff", "rdStaff"),
            Map.entry("rdStaffRatio", "rdStaffRatio"),
            Map.entry("employees", "employees"),
            Map.entry("totalAssets", "totalAssets"),
            Map.entry("debtRatio", "debtRatio"),
            Map.entry("patentsClassI", "ipClass1"),
            Map.entry("patentsClassII", "ipClass2"),
            Map.entry("inventionPatents", "inventionPatents"),
            Map.entry("yearsInNiche", "nicheYears"),
            Map.entry("marketShare", "marketShare"),
            Map.entry("marketRank", "marketRankChina"));

    private static final Map<String, String> HOLDINGS = Map.of(
            "INNOVATIVE_SME", "holdsInnovativeSme",
            "SPECIALIZED_NEW", "holdsSpecializedNew",
            "TECH_CENTER_DISTRICT", "holdsDistrictTechCenter",
            "TECH_CENTER_MUNICIPAL", "holdsMunicipalTechCenter");

    private EnterpriseResponses() {}

    static EnterpriseSnapshot snapshot(String enterpriseId, JsonNode profile, JsonNode metricsResponse) {
        List<JsonNode> years = years(metricsResponse);
        Map<String, BigDecimal> metrics = new HashMap<>();
        Set<String> held = new HashSet<>();
        profile.path("activeProgrammes").forEach(programme -> held.add(programme.asString()));
        HOLDINGS.forEach((programme, metric) -> metrics.put(metric, flag(held.contains(programme))));
        String creditCode = text(profile, "creditCode", enterpriseId);
        if (creditCode.length() == 18) {
            metrics.put("registeredInJinshan", flag(creditCode.substring(2, 8).equals(JINSHAN_DIVISION)));
        }
        Integer year = null;
        if (!years.isEmpty()) {
            JsonNode latest = years.get(0);
            year = latest.path("year").asInt();
            JsonNode figures = latest.path("figures");
            SAME_YEAR.forEach((from, to) -> number(figures.path(from)).ifPresent(value -> metrics.put(to, value)));
            lists(figures, metrics);
            derived(years, metrics);
        }
        return new EnterpriseSnapshot(
                enterpriseId,
                text(profile, "legalName", null),
                text(profile, "town", null),
                text(profile, "cluster", null),
                held,
                year,
                metrics);
    }

    /** The firm ids of one page of {@code GET /api/enterprises}: {@code items[].id}. */
    static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }

    private static List<JsonNode> years(JsonNode response) {
        JsonNode node = response == null ? null : (response.isArray() ? response : response.path("years"));
        List<JsonNode> years = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(years::add);
        }
        years.sort(Comparator.comparingInt((JsonNode year) -> year.path("year").asInt())
                .reversed());
        return years;
    }

    private static void lists(JsonNode figures, Map<String, BigDecimal> metrics) {
        if (figures.path("qualityCertifications").isArray()) {
            metrics.put(
                    "qualityItems",
                    BigDecimal.valueOf(figures.path("qualityCertifications").size()));
        }
        String digital = figures.path("digitalLevel").asString("");
        digitalLevel(digital).ifPresent(level -> metrics.put("digitalLevel", BigDecimal.valueOf(level)));
        if (figures.path("rdInstitutions").isArray()) {
            int level = 0;
            for (JsonNode institution : figures.path("rdInstitutions")) {
                level = Math.max(level, institutionLevel(institution.asString("")));
            }
            metrics.put("rdInstitutionLevel", BigDecimal.valueOf(level));
        }
        if (figures.path("awards").isArray()) {
            boolean national = false;
            boolean provincial = false;
            for (JsonNode award : figures.path("awards")) {
                String name = award.asString("");
                national |= name.contains("国家") && name.contains("科技");
                provincial |= !name.contains("国家") && name.contains("科技") && (name.contains("省") || name.contains("市"));
            }
            metrics.put("scienceAwardNational", flag(national));
            metrics.put("scienceAwardProvincial", flag(provincial));
        }
    }

    private static void derived(List<JsonNode> years, Map<String, BigDecimal> metrics) {
        List<BigDecimal> mainRevenue = series(years, "mainBusinessRevenue");
        growth(mainRevenue, 0).ifPresent(value -> metrics.put("mainBusinessGrowth", value));
        growth(mainRevenue, 0)
                .ifPresent(first -> growth(mainRevenue, 1)
                        .ifPresent(second -> metrics.put("mainBusinessGrowth2yAvg", average(List.of(first, second)))));
        List<BigDecimal> rdSpend = series(years, "rdSpend");
        List<BigDecimal> rdRatio = series(years, "rdRatio");
        if (complete(rdSpend, 2)) {
            metrics.put("rdSpendMin2y", rdSpend.get(0).min(rdSpend.get(1)));
            metrics.put("rdSpendTotal2y", rdSpend.get(0).add(rdSpend.get(1)));
            metrics.put("rdSpendAvg2y", average(rdSpend.subList(0, 2)));
        }
        if (complete(rdRatio, 2)) {
            metrics.put("rdRatioMin2y", rdRatio.get(0).min(rdRatio.get(1)));
            metrics.put("rdRatioAvg2y", average(rdRatio.subList(0, 2)));
        }
        List<BigDecimal> revenue = series(years, "revenue");
        if (complete(revenue, 3)) {
            metrics.put("revenueAvg3y", average(revenue.subList(0, 3)));
            if (revenue.get(2).signum() > 0) {
                double ratio = revenue.get(0).doubleValue() / revenue.get(2).doubleValue();
                metrics.put("revenueCagr2y", percent(Math.sqrt(ratio) - 1));
            }
        }
        if (complete(mainRevenue, 3)) {
            metrics.put("mainBusinessRevenueAvg3y", average(mainRevenue.subList(0, 3)));
        }
        List<BigDecimal> revenueGrowth = series(years, "revenueGrowth");
        if (complete(revenueGrowth, 3)) {
            metrics.put("revenueGrowth3yAvg", average(revenueGrowth.subList(0, 3)));
        }
        List<BigDecimal> equity = series(years, "equityFinancing");
        sumOfFirst(equity, 2).ifPresent(value -> metrics.put("equityFinancing2y", value));
        sumOfFirst(equity, 3).ifPresent(value -> metrics.put("equityFinancing3y", value));
    }

    private static List<BigDecimal> series(List<JsonNode> years, String field) {
        return years.stream()
                .map(year -> number(year.path("figures").path(field)).orElse(null))
                .collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
    }

    private static boolean complete(List<BigDecimal> series, int count) {
        return series.size() >= count && series.subList(0, count).stream().allMatch(Objects::nonNull);
    }

    private static Optional<BigDecimal> sumOfFirst(List<BigDecimal> series, int count) {
        if (!complete(series, count)) {
            return Optional.empty();
        }
        return Optional.of(series.subList(0, count).stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static Optional<BigDecimal> growth(List<BigDecimal> series, int from) {
        if (series.size() < from + 2
                || series.get(from) == null
                || series.get(from + 1) == null
                || series.get(from + 1).signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(
                percent(series.get(from).doubleValue() / series.get(from + 1).doubleValue() - 1));
    }

    private static BigDecimal average(List<BigDecimal> values) {
        return values.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL64)
                .setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal percent(double fraction) {
        return BigDecimal.valueOf(fraction * 100).setScale(2, RoundingMode.HALF_UP);
    }

    private static Optional<BigDecimal> number(JsonNode node) {
        if (node.isNumber()) {
            return Optional.of(node.decimalValue());
        }
        if (node.isBoolean()) {
            return Optional.of(flag(node.booleanValue()));
        }
        return Optional.empty();
    }

    private static Optional<Integer> digitalLevel(String text) {
        Function<String, Integer> level = value -> switch (value) {
            case "1", "一" -> 1;
            case "2", "二" -> 2;
            case "3", "三", "4", "四" -> 3;
            default -> null;
        };
        for (String character : text.split("")) {
            Integer found = level.apply(character);
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    private static int institutionLevel(String name) {
        if (name.isBlank()) {
            return 0;
        }
        if (name.contains("国家")) {
            return 4;
        }
        if (name.contains("省") || name.contains("部") || name.contains("上海市")) {
            return 3;
        }
        return name.contains("市") && !name.contains("区") ? 2 : 1;
    }

    private static BigDecimal flag(boolean value) {
        return value ? BigDecimal.ONE : BigDecimal.ZERO;
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.path(field);
        return value.isString() ? value.asString() : fallback;
    }
}
