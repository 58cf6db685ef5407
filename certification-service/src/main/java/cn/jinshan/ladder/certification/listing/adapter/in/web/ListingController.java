package cn.jinshan.ladder.certification.listing.adapter.in.web;

import cn.jinshan.ladder.certification.listing.application.ListingService;
import cn.jinshan.ladder.certification.listing.application.RecordMilestone;
import cn.jinshan.ladder.certification.listing.domain.ListingPipeline;
import cn.jinshan.ladder.certification.listing.domain.Milestone;
import cn.jinshan.ladder.kit.security.CurrentUser;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Listing pipelines: officials record milestones; firms read their own; district-wide roles read all. */
@RestController
@RequestMapping("/api/listings")
class ListingController {

    /** A milestone as an official records it ({@code board} for the first one or a change of board). */
    record MilestoneRequest(String board, String milestone, String reachedOn) {}

    /** One milestone as shown. */
    record MilestoneResponse(String milestone, String milestoneName, LocalDate reachedOn, String recordedBy) {}

    /** A pipeline as shown: the board, its milestones and the last one reached. */
    record PipelineResponse(
            String enterpriseId,
            String board,
            String boardName,
            List<MilestoneResponse> milestones,
            String currentStage,
            boolean completed) {

        static PipelineResponse of(ListingPipeline pipeline) {
            var last = pipeline.last();
            return new PipelineResponse(
                    pipeline.enterpriseId(),
                    pipeline.board() == null ? null : pipeline.board().name(),
                    pipeline.board() == null ? null : pipeline.board().zh(),
                    pipeline.milestones().stream()
                            .map(PipelineResponse::milestone)
                            .toList(),
                    last.map(m -> m.stage().name()).orElse(null),
                    last.map(m -> m.stage().completes()).orElse(false));
        }

        private static MilestoneResponse milestone(Milestone m) {
            return new MilestoneResponse(m.stage().name(), m.stage().zh(), m.reachedOn(), m.recordedBy());
        }
    }

    private final ListingService listings;

    ListingController(ListingService listings) {
        this.listings = listings;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ENTERPRISE','OFFICIAL','SPECIALIST','ADMIN')")
    List<PipelineResponse> list(CurrentUser caller) {
        return listings.list(caller).stream().map(PipelineResponse::of).toList();
    }

    @GetMapping("/{enterpriseId}")
    @PreAuthorize("hasAnyRole('ENTERPRISE','OFFICIAL','SPECIALIST','ADMIN')")
    PipelineResponse get(@PathVariable String enterpriseId, CurrentUser caller) {
        return PipelineResponse.of(listings.get(enterpriseId, caller));
    }

    @PostMapping("/{enterpriseId}/milestones")
    @PreAuthorize("hasRole('OFFICIAL')")
    PipelineResponse record(
            @PathVariable String enterpriseId, @RequestBody MilestoneRequest request, CurrentUser official) {
        return PipelineResponse.of(listings.record(
                new RecordMilestone(enterpriseId, request.board(), request.milestone(), request.reachedOn()),
                official));
    }
}
