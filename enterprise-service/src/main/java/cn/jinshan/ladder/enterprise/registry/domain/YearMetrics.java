package cn.jinshan.ladder.enterprise.registry.domain;

import java.time.Instant;

/** A firm's figures for one year, with their source and who reported them when. */
public record YearMetrics(int year, Figures figures, MetricSource source, Instant reportedAt, String reportedBy) {}
