package cn.jinshan.ladder.enterprise.registry.domain;

import java.time.Instant;

/** One figure changed: which year and field, old → new (as text, null when unknown), by whom and when. */
public record MetricChange(
        int year, String field, String oldValue, String newValue, MetricSource source, String changedBy, Instant at) {}
