package cn.jinshan.ladder.certification.listing.application;

import cn.jinshan.ladder.certification.listing.domain.ListingPipeline;
import cn.jinshan.ladder.kit.events.EventEnvelope;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns a subsidised milestone into {@code certification.ListingMilestoneReached} (key: the enterprise id). */
final class ListingEvents {

    private ListingEvents() {}

    static EventEnvelope milestoneReached(String enterpriseId, ListingPipeline.Reached reached) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("enterpriseId", enterpriseId);
        payload.put("board", reached.board().name());
        payload.put("boardName", reached.board().zh());
        payload.put("milestone", reached.milestone().stage().name());
        payload.put("milestoneName", reached.milestone().stage().zh());
        payload.put("reachedOn", reached.milestone().reachedOn().toString());
        payload.put("subsidyWan", reached.subsidyWan());
        payload.put("recordedBy", reached.milestone().recordedBy());
        return EventEnvelope.create(
                "certification.ListingMilestoneReached",
                1,
                enterpriseId,
                payload,
                reached.milestone().recordedAt());
    }
}
