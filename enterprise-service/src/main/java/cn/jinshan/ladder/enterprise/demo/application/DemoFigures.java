package cn.jinshan.ladder.enterprise.demo.application;

import cn.jinshan.ladder.enterprise.registry.domain.Figures;
import cn.jinshan.ladder.enterprise.registry.domain.Rung;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Five years of plausible figures for a firm aiming at a rung, meeting that rung's published thresholds (e.g.
 * 专精特新: revenue ≥ 1000万 and R&D ≥ 100万 and ≥ 3 %; 小巨人: revenue ≥ 5000万, 主营 ≥ 90 %, ≥ 4 Ⅰ类 IP).
 */
final class DemoFigures {

    /** Ranges per rung: revenue in 万元, growth %, R&D ratio %, Ⅰ类 IP. */
    private record Band(
            int revenueMin,
            int revenueMax,
            int growthMin,
            int growthMax,
            double rdMin,
            double rdMax,
            int ipMin,
            int ipMax) {}

    private static final Band[] BANDS = {
        new Band(300, 2500, -5, 15, 0.5, 3.0, 0, 1),
        new Band(1200, 6000, 0, 20, 2.0, 5.0, 1, 3),
        new Band(3500, 25000, 5, 20, 3.2, 7.0, 1, 6),
        new Band(4000, 30000, 32, 45, 3.5, 8.0, 2, 8),
        new Band(15000, 80000, 6, 20, 4.0, 8.0, 4, 12),
        new Band(60000, 300000, 3, 15, 3.0, 6.0, 8, 30),
        new Band(110000, 500000, 2, 12, 1.0, 4.0, 0, 10)
    };

    private DemoFigures() {}

    /** Figures for the years {@code first..last}, oldest first. */
    static List<Figures> series(Random random, Rung target, int years, int yearsOperating, boolean techCenter) {
        Band band = BANDS[target.ordinal()];
        double revenue = between(random, band.revenueMin(), band.revenueMax());
        double growth = between(random, band.growthMin(), band.growthMax());
        double rdRatio = between(random, band.rdMin(), band.rdMax());
        int ip = band.ipMin() + random.nextInt(band.ipMax() - band.ipMin() + 1);
        int ipII = ip + random.nextInt(10);
        double share =
                target.ordinal() >= Rung.LITTLE_GIANT.ordinal() ? between(random, 91, 99) : between(random, 80, 99);
        double perHead = between(random, 60, 160);
        double rdStaffRatio =
                target.ordinal() >= Rung.LITTLE_GIANT.ordinal() ? between(random, 15, 30) : between(random, 6, 25);
        double debt = between(random, 20, 70);
        double margin = target == Rung.STARTUP ? between(random, -6, 10) : between(random, 2, 15);
        int niche = Math.max(1, Math.min(yearsOperating, 3 + random.nextInt(target == Rung.SINGLE_CHAMPION ? 20 : 12)));
        if (target == Rung.SINGLE_CHAMPION) {
            niche = Math.max(niche, 10);
        }
        List<String> quality = new ArrayList<>();
        if (target != Rung.STARTUP) {
            quality.add("ISO 9001");
            if (random.nextInt(10) < 3) {
                quality.add("ISO 14001");
            }
        }
        String digital = random.nextInt(10) < 3 ? "两化融合管理体系 A" : null;
        List<String> awards = target.ordinal() >= Rung.LITTLE_GIANT.ordinal() && random.nextInt(10) < 3
                ? List.of("上海市科技进步奖")
                : List.of();
        List<String> institutions = new ArrayList<>();
        if (techCenter) {
            institutions.add("区级企业技术中心");
        }
        if (target.ordinal() >= Rung.LITTLE_GIANT.ordinal() && random.nextBoolean()) {
            institutions.add("市级企业技术中心");
        }
        double equity = random.nextInt(10) == 0 ? between(random, 500, 5000) : 0;
        int rank = target == Rung.SINGLE_CHAMPION ? 1 + random.nextInt(2) : 1 + random.nextInt(20);

        List<Figures> figures = new ArrayList<>();
        double previous = revenue / Math.pow(1 + growth / 100, years);
        for (int i = 0; i < years; i++) {
            double yearGrowth = growth + between(random, -2, 2);
            double current = previous * (1 + yearGrowth / 100);
            int employees = Math.max(8, (int) Math.round(current / perHead));
            int ipNow = Math.max(target == Rung.STARTUP ? 0 : Math.min(ip, 1), ip - (years - 1 - i) / 2);
            figures.add(new Figures(
                    money(current),
                    money(current * share / 100),
                    pct(share),
                    pct(yearGrowth),
                    pct(margin + between(random, -1, 1)),
                    money(current * rdRatio / 100),
                    pct(rdRatio),
                    Math.max(1, (int) Math.round(employees * rdStaffRatio / 100)),
                    pct(rdStaffRatio),
                    employees,
                    money(current * between(random, 0.9, 1.6)),
                    pct(debt),
                    money(i == years - 2 ? equity : 0),
                    ipNow,
                    Math.max(0, ipII - (years - 1 - i)),
                    ipNow,
                    Math.max(1, niche - (years - 1 - i)),
                    pct(between(random, 1, 30)),
                    rank,
                    quality,
                    digital,
                    awards,
                    institutions));
            previous = current;
        }
        return figures;
    }

    static double between(Random random, double min, double max) {
        return min + random.nextDouble() * (max - min);
    }

    private static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }

    private static BigDecimal pct(double value) {
        return BigDecimal.valueOf(Math.max(-100, Math.min(100, value))).setScale(2, RoundingMode.HALF_UP);
    }
}
