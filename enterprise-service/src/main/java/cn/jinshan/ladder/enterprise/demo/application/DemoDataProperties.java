package cn.jinshan.ladder.enterprise.demo.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Whether to seed the demo district at start ({@code LADDER_DEMO_DATA}), from which seed, and how many firms. */
@ConfigurationProperties("ladder.demo-data")
record DemoDataProperties(boolean enabled, long seed, int firms) {

    DemoDataProperties {
        seed = seed == 0 ? 20260101L : seed;
        firms = firms < 2 ? 320 : firms;
    }
}
