package cn.jinshan.ladder.certification.listing.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A stage a firm reached on a day, recorded by an official. */
public record Milestone(ListingStage stage, LocalDate reachedOn, String recordedBy, Instant recordedAt) {}
