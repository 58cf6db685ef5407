package cn.jinshan.ladder.certification.listing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListingPipelineTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final Instant AT = Instant.parse("2026-11-28T02:00:00Z");
    private static final Map<ListingStage, Integer> SUBSIDIES = Map.of(
            ListingStage.SHAREHOLDING_REFORM, 30, ListingStage.APPLICATION_ACCEPTED, 70, ListingStage.LISTED, 200);

    private static ListingPipeline fresh() {
        return new ListingPipeline("91310116MA1J8K3L22", null, List.of(), 0);
    }

    private static ListingPipeline.Reached record(
            ListingPipeline pipeline, Board board, ListingStage stage, String on) {
        return pipeline.record(board, stage, LocalDate.parse(on), TODAY, SUBSIDIES, "official", AT);
    }

    @Test
    void subsidisedMilestonesCarryTheirAmountAndTheIpoCompletesThePipeline() {
        ListingPipeline pipeline = fresh();

        assertThat(record(pipeline, Board.STAR_MARKET, ListingStage.RESERVE_POOL, "2025-01-10")
                        .subsidyWan())
                .isNull();
        assertThat(record(pipeline, null, ListingStage.SHAREHOLDING_REFORM, "2025-03-01")
                        .subsidyWan())
                .isEqualTo(30);
        assertThat(record(pipeline, null, ListingStage.APPLICATION_ACCEPTED, "2025-09-01")
                        .subsidyWan())
                .isEqualTo(70);
        ListingPipeline.Reached listed = record(pipeline, null, ListingStage.LISTED, "2026-11-28");

        assertThat(listed.subsidyWan()).isEqualTo(200);
        assertThat(listed.completes()).isTrue();
        assertThat(pipeline.board()).isEqualTo(Board.STAR_MARKET);
        assertThat(pipeline.milestones()).hasSize(4);
    }

    @Test
    void aMilestoneMustComeAfterTheLastInStageAndDate() {
        ListingPipeline pipeline = fresh();
        record(pipeline, Board.CHINEXT, ListingStage.TUTORING_FILING, "2026-03-01");

        assertThatThrownBy(() -> record(pipeline, null, ListingStage.SHAREHOLDING_REFORM, "2026-04-01"))
                .isInstanceOfSatisfying(ListingRuleException.class, e -> {
                    assertThat(e.field()).isEqualTo("milestone");
                    assertThat(e.rule()).isEqualTo("order");
                });
        assertThatThrownBy(() -> record(pipeline, null, ListingStage.TUTORING_ACCEPTANCE, "2026-02-01"))
                .isInstanceOfSatisfying(
                        ListingRuleException.class, e -> assertThat(e.field()).isEqualTo("reachedOn"));
    }

    @Test
    void noMilestoneIsDatedInTheFuture() {
        assertThatThrownBy(() -> record(fresh(), Board.BSE, ListingStage.RESERVE_POOL, "2026-11-29"))
                .isInstanceOfSatisfying(
                        ListingRuleException.class, e -> assertThat(e.rule()).isEqualTo("notFuture"));
    }

    @Test
    void aQuotationEndsInQuotedAndTakesNoExchangeStages() {
        ListingPipeline pipeline = fresh();
        record(pipeline, Board.NEEQ, ListingStage.SHAREHOLDING_REFORM, "2026-01-05");

        assertThatThrownBy(() -> record(pipeline, null, ListingStage.REVIEW_INQUIRY, "2026-02-01"))
                .isInstanceOfSatisfying(
                        ListingRuleException.class, e -> assertThat(e.rule()).isEqualTo("board"));
        assertThat(record(pipeline, null, ListingStage.QUOTED, "2026-06-01").completes())
                .isTrue();
    }

    @Test
    void theFirstMilestoneNamesTheBoard() {
        assertThatThrownBy(() -> record(fresh(), null, ListingStage.RESERVE_POOL, "2026-01-05"))
                .isInstanceOfSatisfying(
                        ListingRuleException.class, e -> assertThat(e.field()).isEqualTo("board"));
    }
}
