package cn.jinshan.ladder.enterprise.demo.application;

import org.springframework.context.ApplicationContext;

/** Lets ITs of other features seed the demo district (idempotent: firms already there are skipped). */
public final class SeededDistrict {

    private SeededDistrict() {}

    public static int seed(ApplicationContext context) {
        return context.getBean(DemoDataSeeder.class).seed();
    }
}
