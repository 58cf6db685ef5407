package cn.jinshan.ladder.enterprise.registry.domain;

import cn.jinshan.ladder.kit.error.InvalidInputException;
import cn.jinshan.ladder.kit.error.RuleViolation;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/** The plausibility rules of a year's figures: no negative amounts, ratios within 0–100 %, no future years. */
public final class FiguresRules {

    static final int FIRST_YEAR = 1990;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FiguresRules() {}

    /** Throws a validation problem listing every broken rule. */
    public static void check(int year, Figures f, Year currentYear) {
        List<RuleViolation> violations = new ArrayList<>();
        if (year > currentYear.getValue()) {
            violations.add(new RuleViolation(
                    "year", "notFuture", "Year " + year + " has not ended yet; report figures of past years"));
        }
        if (year < FIRST_YEAR) {
            violations.add(new RuleViolation("year", "min", "Year must be " + FIRST_YEAR + " or later"));
        }
        nonNegative(violations, "revenue", f.revenue());
        nonNegative(violations, "mainBusinessRevenue", f.mainBusinessRevenue());
        nonNegative(violations, "rdSpend", f.rdSpend());
        nonNegative(violations, "totalAssets", f.totalAssets());
        nonNegative(violations, "equityFinancing", f.equityFinancing());
        percent(violations, "mainBusinessShare", f.mainBusinessShare());
        percent(violations, "rdRatio", f.rdRatio());
        percent(violations, "rdStaffRatio", f.rdStaffRatio());
        percent(violations, "debtRatio", f.debtRatio());
        percent(violations, "marketShare", f.marketShare());
        if (f.netProfitMargin() != null && f.netProfitMargin().abs().compareTo(HUNDRED) > 0) {
            violations.add(new RuleViolation("netProfitMargin", "range", "Must be between -100 and 100 %"));
        }
        if (f.revenueGrowth() != null && f.revenueGrowth().compareTo(HUNDRED.negate()) < 0) {
            violations.add(new RuleViolation("revenueGrowth", "min", "Revenue cannot fall by more than 100 %"));
        }
        count(violations, "rdStaff", f.rdStaff());
        count(violations, "employees", f.employees());
        count(violations, "patentsClassI", f.patentsClassI());
        count(violations, "patentsClassII", f.patentsClassII());
        count(violations, "inventionPatents", f.inventionPatents());
        count(violations, "yearsInNiche", f.yearsInNiche());
        if (f.marketRank() != null && f.marketRank() < 1) {
            violations.add(new RuleViolation("marketRank", "min", "A market rank starts at 1"));
        }
        if (f.revenue() != null
                && f.mainBusinessRevenue() != null
                && f.mainBusinessRevenue().compareTo(f.revenue()) > 0) {
            violations.add(new RuleViolation(
                    "mainBusinessRevenue", "notAboveRevenue", "Main-business revenue cannot exceed total revenue"));
        }
        if (f.rdStaff() != null && f.employees() != null && f.rdStaff() > f.employees()) {
            violations.add(
                    new RuleViolation("rdStaff", "notAboveEmployees", "R&D staff cannot exceed the employee count"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static void nonNegative(List<RuleViolation> violations, String field, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            violations.add(new RuleViolation(field, "nonNegative", "Must not be negative, was " + value));
        }
    }

    private static void percent(List<RuleViolation> violations, String field, BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
            violations.add(new RuleViolation(field, "percent", "Must be between 0 and 100 %, was " + value));
        }
    }

    private static void count(List<RuleViolation> violations, String field, Integer value) {
        if (value != null && value < 0) {
            violations.add(new RuleViolation(field, "nonNegative", "Must not be negative, was " + value));
        }
    }
}
