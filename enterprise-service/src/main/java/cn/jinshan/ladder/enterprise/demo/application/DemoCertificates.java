package cn.jinshan.ladder.enterprise.demo.application;

import cn.jinshan.ladder.enterprise.registry.domain.CertificateChange;
import cn.jinshan.ladder.enterprise.registry.domain.CertificateChange.Kind;
import cn.jinshan.ladder.enterprise.registry.domain.Rung;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The certificate history of a demo firm, dated and in order: the chain 创新型 → 专精特新 → (瞪羚, 小巨人 → 单项冠军)
 * under the rule versions of certification-service's catalogue, three-year validity, renewal at the highest tier,
 * expiry below it, and a few expiries and revocations that move firms down.
 */
final class DemoCertificates {

    /** One dated certificate event. */
    record Dated(LocalDate on, CertificateChange change) {}

    private static final LocalDate MIIT_2022 = LocalDate.of(2022, 9, 15);
    private static final LocalDate MIIT_2026 = LocalDate.of(2026, 4, 1);
    private static final Map<String, String> PREFIX = Map.of(
            "INNOVATIVE_SME", "沪创新",
            "SPECIALIZED_NEW", "沪专精",
            "GAZELLE", "金瞪羚",
            "LITTLE_GIANT", "工信小巨人",
            "SINGLE_CHAMPION", "单项冠军",
            "HEADQUARTERS", "沪总部",
            "TECH_CENTER_DISTRICT", "金技中心",
            "LISTING", "金上市");

    private final Random random;
    private final LocalDate today;
    private final Map<String, Integer> sequence = new HashMap<>();

    DemoCertificates(Random random, LocalDate today) {
        this.random = random;
        this.today = today;
    }

    List<Dated> history(String code, Rung target, boolean techCenter, boolean listing) {
        List<Dated> issued = new ArrayList<>();
        if (target == Rung.HEADQUARTERS) {
            issue(issued, code, "HEADQUARTERS", "MUNICIPAL", day(LocalDate.of(2019, 3, 1), LocalDate.of(2025, 12, 31)));
        } else if (target != Rung.STARTUP || random.nextInt(8) == 0) {
            LocalDate innovative = day(MIIT_2022, latestInnovative(target));
            issue(issued, code, "INNOVATIVE_SME", "MUNICIPAL", innovative);
            if (target.ordinal() >= Rung.SPECIALIZED_NEW.ordinal()) {
                LocalDate specialized = innovative.plusDays(180 + random.nextInt(180));
                issue(issued, code, "SPECIALIZED_NEW", "MUNICIPAL", specialized);
                if (target == Rung.GAZELLE || (target.ordinal() > Rung.GAZELLE.ordinal() && random.nextInt(5) < 2)) {
                    issue(issued, code, "GAZELLE", "DISTRICT", specialized.plusDays(90 + random.nextInt(270)));
                }
                if (target.ordinal() >= Rung.LITTLE_GIANT.ordinal()) {
                    LocalDate giant = specialized.plusDays(365 + random.nextInt(180));
                    issue(issued, code, "LITTLE_GIANT", "NATIONAL", giant);
                    if (target == Rung.SINGLE_CHAMPION) {
                        LocalDate champion = giant.plusDays(200 + random.nextInt(200));
                        issue(
                                issued,
                                code,
                                "SINGLE_CHAMPION",
                                "NATIONAL",
                                champion.isBefore(LocalDate.of(2023, 10, 15)) ? LocalDate.of(2023, 10, 15) : champion);
                    }
                }
            }
        }
        if (techCenter) {
            issue(
                    issued,
                    code,
                    "TECH_CENTER_DISTRICT",
                    "DISTRICT",
                    day(LocalDate.of(2025, 1, 15), LocalDate.of(2026, 6, 30)));
        }
        if (listing) {
            String[] stages = {"入库", "股改", "辅导备案", "申报受理"};
            issue(issued, code, "LISTING", stages[random.nextInt(stages.length)], day(LocalDate.of(2021, 1, 1), today));
        }
        List<Dated> history = new ArrayList<>(
                issued.stream().filter(d -> d.on().isBefore(today)).toList());
        history.addAll(lapses(history));
        if (target == Rung.SPECIALIZED_NEW && random.nextInt(25) == 0) {
            history.stream()
                    .filter(d -> d.change().programme().equals("SPECIALIZED_NEW"))
                    .findFirst()
                    .map(d -> revoke(d, d.on().plusDays(100 + random.nextInt(300))))
                    .filter(d -> d.on().isBefore(today))
                    .ifPresent(history::add);
        }
        history.sort(Comparator.comparing(Dated::on));
        return withoutEventsAfterRevocation(history);
    }

    private static List<Dated> withoutEventsAfterRevocation(List<Dated> history) {
        List<Dated> kept = new ArrayList<>();
        java.util.Set<String> revoked = new java.util.HashSet<>();
        for (Dated d : history) {
            if (revoked.contains(d.change().certificateId())) {
                continue;
            }
            if (d.change().kind() == Kind.REVOKED) {
                revoked.add(d.change().certificateId());
            }
            kept.add(d);
        }
        return kept;
    }

    private List<Dated> lapses(List<Dated> issued) {
        List<Dated> lapses = new ArrayList<>();
        for (Dated d : issued) {
            CertificateChange c = d.change();
            if (c.validUntil() == null || !c.validUntil().isBefore(today)) {
                continue;
            }
            Rung rung = Rung.ofProgramme(c.programme()).orElse(null);
            boolean superseded = rung != null
                    && issued.stream()
                            .anyMatch(other -> Rung.ofProgramme(other.change().programme())
                                    .map(r -> r.ordinal() > rung.ordinal()
                                            && other.on().isBefore(c.validUntil()))
                                    .orElse(false));
            boolean startupLapse = rung == Rung.INNOVATIVE_SME && issued.size() == 1 && random.nextBoolean();
            if (superseded || startupLapse || rung == null) {
                lapses.add(new Dated(
                        c.validUntil().plusDays(1),
                        change(
                                Kind.EXPIRED,
                                c,
                                c.validFrom(),
                                c.validUntil(),
                                "有效期届满" + (superseded ? "（已获更高层级认定，未复核）" : "，未申请复核"))));
            } else {
                LocalDate renewed = c.validUntil().minusDays(20 + random.nextInt(40));
                lapses.add(new Dated(
                        renewed,
                        change(
                                Kind.RENEWED,
                                c,
                                c.validUntil().plusDays(1),
                                c.validUntil().plusYears(3),
                                null)));
            }
        }
        return lapses;
    }

    private Dated revoke(Dated issued, LocalDate on) {
        CertificateChange c = issued.change();
        return new Dated(on, change(Kind.REVOKED, c, c.validFrom(), c.validUntil(), "年度数据弄虚作假，撤销认定，三年内不得申报"));
    }

    private static CertificateChange change(
            Kind kind, CertificateChange c, LocalDate from, LocalDate until, String reason) {
        return new CertificateChange(
                kind,
                c.certificateId(),
                c.programme(),
                c.level(),
                c.number(),
                from,
                until,
                c.ruleVersion(),
                kind == Kind.RENEWED ? from : c.announcedOn(),
                reason);
    }

    private void issue(List<Dated> issued, String code, String programme, String level, LocalDate on) {
        int number = sequence.merge(programme + on.getYear(), 1, Integer::sum);
        LocalDate until = programme.equals("LISTING") ? null : on.plusYears(3).minusDays(1);
        issued.add(new Dated(
                on,
                new CertificateChange(
                        Kind.ISSUED,
                        UUID.nameUUIDFromBytes(("demo:" + code + ":" + programme).getBytes(StandardCharsets.UTF_8))
                                .toString(),
                        programme,
                        level,
                        PREFIX.get(programme) + on.getYear() + "-" + String.format("%04d", number),
                        on,
                        until,
                        ruleVersion(programme, on),
                        on,
                        null)));
    }

    /** The latest first certificate that still leaves time for the climb to the target rung. */
    private static LocalDate latestInnovative(Rung target) {
        return switch (target) {
            case STARTUP -> LocalDate.of(2023, 6, 30);
            case INNOVATIVE_SME -> LocalDate.of(2026, 6, 30);
            case SPECIALIZED_NEW -> LocalDate.of(2025, 9, 30);
            case GAZELLE -> LocalDate.of(2024, 12, 31);
            case LITTLE_GIANT -> LocalDate.of(2024, 3, 31);
            default -> LocalDate.of(2023, 3, 31);
        };
    }

    private static String ruleVersion(String programme, LocalDate on) {
        return switch (programme) {
            case "SPECIALIZED_NEW", "LITTLE_GIANT" -> on.isBefore(MIIT_2026) ? "MIIT-2022-63" : "MIIT-2026-2";
            case "INNOVATIVE_SME" -> "MIIT-2022-63";
            case "GAZELLE" -> "JINSHAN-GAZELLE-2021";
            case "SINGLE_CHAMPION" -> "MIIT-2023-138";
            case "HEADQUARTERS" -> "SH-2019-1-PRIVATE";
            case "TECH_CENTER_DISTRICT" -> "JINSHAN-2025-1";
            default -> "JINSHAN-2020-45";
        };
    }

    private LocalDate day(LocalDate from, LocalDate to) {
        long span = Math.max(1, to.toEpochDay() - from.toEpochDay());
        return from.plusDays(Math.floorMod(random.nextLong(), span));
    }
}
