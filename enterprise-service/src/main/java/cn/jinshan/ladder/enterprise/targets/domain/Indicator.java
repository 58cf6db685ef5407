package cn.jinshan.ladder.enterprise.targets.domain;

import cn.jinshan.ladder.kit.error.InvalidInputException;
import java.util.Arrays;
import java.util.List;

/** The plan's count indicators the system can measure from certificates and profile flags (table 1 of the plan). */
public enum Indicator {
    ABOVE_SCALE("新增规模以上工业企业数量", Measure.NEW), // 规上工业企业
    DIGITAL_ABOVE_SCALE("新增规模以上数字化转型工业企业数量", Measure.NEW),
    SPECIALIZED_NEW("新增专精特新企业数量", Measure.NEW), // 专精特新
    TECH_CENTER("新增企业技术中心数量", Measure.NEW), // 企业技术中心
    LISTED("挂牌上市企业数量", Measure.STOCK), // 挂牌上市
    HEADQUARTERS("新增总部企业数量", Measure.NEW); // 总部企业

    /** NEW counts entrants within the period; STOCK counts the firms holding the status at the period's end. */
    public enum Measure {
        NEW,
        STOCK
    }

    private final String title;
    private final Measure measure;

    Indicator(String title, Measure measure) {
        this.title = title;
        this.measure = measure;
    }

    public String title() {
        return title;
    }

    public Measure measure() {
        return measure;
    }

    /** The certification programme behind a certificate-based indicator; null for the profile flags. */
    public boolean countsProgramme(String programme) {
        if (programme == null) {
            return false;
        }
        return switch (this) {
            case SPECIALIZED_NEW -> programme.equals("SPECIALIZED_NEW");
            case TECH_CENTER -> programme.startsWith("TECH_CENTER");
            case LISTED -> programme.equals("LISTING");
            case HEADQUARTERS -> programme.equals("HEADQUARTERS");
            case ABOVE_SCALE, DIGITAL_ABOVE_SCALE -> false;
        };
    }

    /** The programmes whose certificates count for this indicator (none for the profile flags). */
    public List<String> programmes() {
        return switch (this) {
            case SPECIALIZED_NEW -> List.of("SPECIALIZED_NEW");
            case TECH_CENTER -> List.of("TECH_CENTER_DISTRICT", "TECH_CENTER_MUNICIPAL", "TECH_CENTER_NATIONAL");
            case LISTED -> List.of("LISTING");
            case HEADQUARTERS -> List.of("HEADQUARTERS");
            case ABOVE_SCALE, DIGITAL_ABOVE_SCALE -> List.of();
        };
    }

    /** True for the indicators fed by certificates rather than profile flags. */
    public boolean fromCertificates() {
        return this != ABOVE_SCALE && this != DIGITAL_ABOVE_SCALE;
    }

    /** Reads a request value; anything else is a 400 naming the field and rule {@code oneOf}. */
    public static Indicator parse(String field, String value) {
        return Arrays.stream(values())
                .filter(i -> i.name().equalsIgnoreCase(value == null ? "" : value.trim()))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        field, "oneOf", field + " must be one of " + Arrays.toString(values())));
    }
}
