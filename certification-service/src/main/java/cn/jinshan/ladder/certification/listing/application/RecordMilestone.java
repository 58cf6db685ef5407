package cn.jinshan.ladder.certification.listing.application;

/** An official records a milestone: the stage, the day it was reached and, for the first or a change, the board. */
public record RecordMilestone(String enterpriseId, String board, String milestone, String reachedOn) {}
