package cn.jinshan.ladder.kit.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestIdFilterTest {

    @Test
    void keepsAWellFormedCallerId() {
        assertThat(RequestIdFilter.accept("req-42.abc_Z")).isEqualTo("req-42.abc_Z");
    }

    @Test
    void replacesMissingMalformedOrOverlongIds() {
        assertThat(RequestIdFilter.accept(null)).hasSize(36);
        assertThat(RequestIdFilter.accept("bad id\n")).isNotEqualTo("bad id\n").hasSize(36);
        assertThat(RequestIdFilter.accept("x".repeat(65))).hasSize(36);
    }
}
