package cn.jinshan.ladder.certification.listing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A firm's way to listing (上市) or quotation (挂牌) on one board: the milestones reached, in stage order and date
 * order, none in the future. Recording a milestone returns what it causes.
 */
public final class ListingPipeline {

    private final String enterpriseId;
    private Board board;
    private final List<Milestone> milestones;
    private final long version;

    public ListingPipeline(String enterpriseId, Board board, List<Milestone> milestones, long version) {
        this.enterpriseId = enterpriseId;
        this.board = board;
        this.milestones = new ArrayList<>(milestones == null ? List.of() : milestones);
        this.version = version;
    }

    /** What recording a milestone caused: the subsidy it carries (null if none) and whether the firm is now listed. */
    public record Reached(Milestone milestone, Board board, Integer subsidyWan, boolean completes) {}

    /**
     * Records {@code stage} reached on {@code reachedOn}: it must belong to the board, come after the last recorded
     * stage, on or after its date and not after {@code today}. A new board is taken only if every recorded stage fits.
     */
    public Reached record(
            Board onBoard,
            ListingStage stage,
            LocalDate reachedOn,
            LocalDate today,
            Map<ListingStage, Integer> subsidiesWan,
            String by,
            Instant at) {
        Board target = onBoard == null ? board : onBoard;
        if (target == null) {
            throw new ListingRuleException(
                    "board", "notNull", "name the board (e.g. STAR_MARKET) of the first milestone");
        }
        if (stage == null) {
            throw new ListingRuleException("milestone", "notNull", "name the milestone, e.g. SHAREHOLDING_REFORM");
        }
        if (reachedOn == null) {
            throw new ListingRuleException("reachedOn", "notNull", "the date the milestone was reached is required");
        }
        if (reachedOn.isAfter(today)) {
            throw new ListingRuleException(
                    "reachedOn", "notFuture", reachedOn + " is in the future (today is " + today + ")");
        }
        if (!target.stages().contains(stage)) {
            throw new ListingRuleException(
                    "milestone", "board", stage + " (" + stage.zh() + ") is not a stage on " + target.zh());
        }
        for (Milestone recorded : milestones) {
            if (!target.stages().contains(recorded.stage())) {
                throw new ListingRuleException(
                        "board", "fitsMilestones", recorded.stage() + " already recorded does not fit " + target.zh());
            }
        }
        Optional<Milestone> last = last();
        if (last.isPresent() && stage.compareTo(last.get().stage()) <= 0) {
            throw new ListingRuleException(
                    "milestone",
                    "order",
                    stage + " (" + stage.zh() + ") must come after "
                            + last.get().stage() + " (" + last.get().stage().zh() + "), already recorded");
        }
        if (last.isPresent() && reachedOn.isBefore(last.get().reachedOn())) {
            throw new ListingRuleException(
                    "reachedOn",
                    "order",
                    reachedOn + " is before " + last.get().stage() + " reached on "
                            + last.get().reachedOn());
        }
        board = target;
        Milestone milestone = new Milestone(stage, reachedOn, by, at);
        milestones.add(milestone);
        return new Reached(milestone, board, subsidiesWan.get(stage), stage.completes());
    }

    public Optional<Milestone> last() {
        return milestones.isEmpty() ? Optional.empty() : Optional.of(milestones.get(milestones.size() - 1));
    }

    public String enterpriseId() {
        return enterpriseId;
    }

    public Board board() {
        return board;
    }

    public List<Milestone> milestones() {
        return List.copyOf(milestones);
    }

    public long version() {
        return version;
    }
}
