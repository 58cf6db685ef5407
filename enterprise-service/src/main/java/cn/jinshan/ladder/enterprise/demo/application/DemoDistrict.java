package cn.jinshan.ladder.enterprise.demo.application;

import cn.jinshan.ladder.enterprise.registry.domain.Actor;
import cn.jinshan.ladder.enterprise.registry.domain.Contact;
import cn.jinshan.ladder.enterprise.registry.domain.CreditCode;
import cn.jinshan.ladder.enterprise.registry.domain.DomainEvent;
import cn.jinshan.ladder.enterprise.registry.domain.Enterprise;
import cn.jinshan.ladder.enterprise.registry.domain.Figures;
import cn.jinshan.ladder.enterprise.registry.domain.MetricSource;
import cn.jinshan.ladder.enterprise.registry.domain.Profile;
import cn.jinshan.ladder.enterprise.registry.domain.Rung;
import cn.jinshan.ladder.enterprise.registry.domain.Specialist;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A realistic Jinshan district made from a fixed seed: the two demo firms of the conventions and as many more as
 * asked, across every town and cluster, with five years of verified figures and a certificate history consistent
 * with them. Each firm is built through the aggregate, so its stage history is what the events imply.
 */
final class DemoDistrict {

    /** A firm ready to store, with the events to publish (registration and specialist assignment). */
    record SeededFirm(Enterprise enterprise, List<DomainEvent> events) {}

    static final String JINXIN = "91310116MA1J8K3L22";
    static final String FENGTAI = "91310116MA1H9P4Q57";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Actor SEEDER = new Actor("system", "demo-seed");
    private static final Rung[] RUNGS = Rung.values();
    private static final int[] RUNG_WEIGHTS = {30, 28, 22, 8, 7, 3, 2};
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
    private static final int YEARS = 5;
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private final Random random;
    private final LocalDate today;
    private final DemoCertificates certificates;
    private final Set<String> codes = new HashSet<>();
    private final Set<String> names = new HashSet<>();

    DemoDistrict(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
        this.certificates = new DemoCertificates(random, today);
    }

    List<SeededFirm> generate(int count) {
        List<SeededFirm> firms = new ArrayList<>();
        firms.add(firm(JINXIN, "上海金鑫新材料科技有限公司", "金鑫新材料", "山阳镇", "新材料", "高分子材料", Rung.SPECIALIZED_NEW));
        firms.add(firm(FENGTAI, "上海枫泰智能装备有限公司", "枫泰智能", "枫泾镇", "智能装备", "智能制造及控制装备", Rung.INNOVATIVE_SME));
        for (int i = 0; i < count - 2; i++) {
            String cluster = pick(DistrictCatalogue.CLUSTERS, DistrictCatalogue.CLUSTER_WEIGHTS);
            List<String> subSectors = DistrictCatalogue.SUB_SECTORS.get(cluster);
            String subSector = subSectors.get(random.nextInt(subSectors.size()));
            String town = i < DistrictCatalogue.TOWNS.size() ? DistrictCatalogue.TOWNS.get(i) : townFor(cluster);
            String brand = brand();
            List<String> endings = DistrictCatalogue.NAME_ENDINGS.get(subSector);
            String legalName = "上海" + brand + endings.get(random.nextInt(endings.size()));
            firms.add(firm(nextCode(), legalName, brand, town, cluster, subSector, pick(List.of(RUNGS), RUNG_WEIGHTS)));
        }
        return firms;
    }

    private SeededFirm firm(
            String code,
            String legalName,
            String shortName,
            String town,
            String cluster,
            String subSector,
            Rung target) {
        codes.add(code);
        names.add(legalName);
        LocalDate founded = LocalDate.of(1998 + random.nextInt(23), 1 + random.nextInt(12), 1 + random.nextInt(28));
        boolean techCenter = target.ordinal() >= Rung.SPECIALIZED_NEW.ordinal() && random.nextInt(6) == 0;
        boolean listing = target.ordinal() >= Rung.SPECIALIZED_NEW.ordinal() && random.nextInt(20) == 0;
        int firstYear = today.getYear() - YEARS;
        List<Figures> figures =
                DemoFigures.series(random, target, YEARS, today.getYear() - founded.getYear(), techCenter);
        List<DemoCertificates.Dated> history = certificates.history(code, target, techCenter, listing);

        LocalDate aboveScaleSince = null;
        for (int i = 0; i < figures.size() && aboveScaleSince == null; i++) {
            if (figures.get(i).revenue().doubleValue() >= 2000) {
                aboveScaleSince = LocalDate.of(firstYear + i + 1, 1, 1);
            }
        }
        boolean digital =
                aboveScaleSince != null && target.ordinal() >= Rung.SPECIALIZED_NEW.ordinal() && random.nextInt(3) == 0;
        String park = DistrictCatalogue.PARK_BY_SUB_SECTOR.containsKey(subSector) && random.nextBoolean()
                ? DistrictCatalogue.PARK_BY_SUB_SECTOR.get(subSector)
                : null;
        Profile profile = new Profile(
                legalName,
                shortName,
                founded,
                town,
                park,
                cluster,
                subSector,
                aboveScaleSince != null,
                aboveScaleSince,
                digital,
                digital ? LocalDate.of(2022 + random.nextInt(4), 6, 30) : null,
                List.of(contact()));

        LocalDate onLadder = LocalDate.of(2021, 3, 1).plusDays(random.nextInt(500));
        if (!history.isEmpty() && !onLadder.isBefore(history.get(0).on())) {
            onLadder = history.get(0).on().minusDays(20 + random.nextInt(60));
        }
        Enterprise.Registration registration =
                Enterprise.register(new CreditCode(code), profile, null, SEEDER, at(onLadder, 9));
        Enterprise enterprise = registration.enterprise();
        List<DomainEvent> events = new ArrayList<>(registration.events());
        events.addAll(enterprise.assignSpecialist(
                new Specialist(null, DistrictCatalogue.SPECIALIST_BY_TOWN.get(town)), SEEDER, at(onLadder, 10)));

        int report = 0;
        for (DemoCertificates.Dated dated : history) {
            report = reportUntil(enterprise, figures, firstYear, report, dated.on());
            enterprise.applyCertificate(dated.change(), at(dated.on(), 11));
        }
        reportUntil(enterprise, figures, firstYear, report, today.plusDays(1));
        return new SeededFirm(enterprise, events);
    }

    /** Reports every year whose figures were due (30 April of the next year) before the date. */
    private int reportUntil(Enterprise enterprise, List<Figures> figures, int firstYear, int from, LocalDate before) {
        int next = from;
        while (next < figures.size()) {
            LocalDate due = LocalDate.of(firstYear + next + 1, 4, 30);
            if (!due.isBefore(before) || due.isAfter(today)) {
                break;
            }
            enterprise.reportMetrics(
                    firstYear + next,
                    figures.get(next),
                    MetricSource.VERIFIED,
                    SEEDER,
                    at(due, 15),
                    Year.of(today.getYear()));
            next++;
        }
        return next;
    }

    private Contact contact() {
        String name = SURNAMES.charAt(random.nextInt(SURNAMES.length())) + (random.nextBoolean() ? "经理" : "总监");
        return new Contact(null, name, "企业联络员", "021-5" + (1000000 + random.nextInt(9000000)), null);
    }

    private String nextCode() {
        while (true) {
            StringBuilder code = new StringBuilder("91310116MA1");
            for (int i = 0; i < 6; i++) {
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String full =
                    code.append(CreditCode.checkCharacter(code.toString())).toString();
            if (codes.add(full)) {
                return full;
            }
        }
    }

    private String brand() {
        String chars = DistrictCatalogue.BRAND_CHARACTERS;
        while (true) {
            String brand =
                    "" + chars.charAt(random.nextInt(chars.length())) + chars.charAt(random.nextInt(chars.length()));
            if (brand.charAt(0) != brand.charAt(1) && names.stream().noneMatch(n -> n.startsWith("上海" + brand))) {
                return brand;
            }
        }
    }

    private String townFor(String cluster) {
        if (random.nextInt(5) == 0) {
            return DistrictCatalogue.TOWNS.get(random.nextInt(DistrictCatalogue.TOWNS.size()));
        }
        List<String> towns = DistrictCatalogue.TOWNS_BY_CLUSTER.get(cluster);
        return towns.get(Math.min(towns.size() - 1, (int) Math.floor(Math.abs(random.nextGaussian()) * 2)));
    }

    private <T> T pick(List<T> values, int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }

    private static Instant at(LocalDate date, int hour) {
        return date.atTime(hour, 0).atZone(SHANGHAI).toInstant();
    }
}
