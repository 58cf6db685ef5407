package cn.jinshan.ladder.enterprise.registry.application;

import cn.jinshan.ladder.kit.error.RuleViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Typed reading of one import row's cells, collecting a violation for every unreadable cell. */
final class RowValues {

    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private final Map<String, Integer> columns;
    private final List<String> cells;
    private final List<RuleViolation> violations;

    RowValues(Map<String, Integer> columns, List<String> cells, List<RuleViolation> violations) {
        this.columns = columns;
        this.cells = cells;
        this.violations = violations;
    }

    String text(String column) {
        Integer index = columns.get(column);
        if (index == null || index >= cells.size() || cells.get(index) == null) {
            return null;
        }
        String value = cells.get(index).trim();
        return value.isEmpty() ? null : value;
    }

    BigDecimal decimal(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(",", ""));
        } catch (NumberFormatException e) {
            violations.add(new RuleViolation(column, "number", "'" + value + "' is not a number"));
            return null;
        }
    }

    Integer integer(String column) {
        BigDecimal value = decimal(column);
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            violations.add(new RuleViolation(column, "integer", "'" + value + "' is not a whole number"));
            return null;
        }
    }

    Boolean flag(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase()) {
            case "true", "yes", "y", "1", "是" -> Boolean.TRUE;
            case "false", "no", "n", "0", "否" -> Boolean.FALSE;
            default -> {
                violations.add(new RuleViolation(column, "boolean", "'" + value + "' is not true/false (是/否)"));
                yield null;
            }
        };
    }

    LocalDate date(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            if (value.matches("\\d{5}(\\.0+)?")) {
                return EXCEL_EPOCH.plusDays(Long.parseLong(value.replaceAll("\\..*", "")));
            }
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            violations.add(new RuleViolation(column, "date", "'" + value + "' is not a date (yyyy-MM-dd)"));
            return null;
        }
    }

    List<String> list(String column) {
        String value = text(column);
        return value == null
                ? null
                : Arrays.stream(value.split("[;；]"))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
