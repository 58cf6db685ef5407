package cn.jinshan.ladder.certification.listing.application;

import cn.jinshan.ladder.certification.listing.domain.ListingPipeline;
import cn.jinshan.ladder.kit.events.EventEnvelope;
import java.util.List;
import java.util.Optional;

/** Where listing pipelines are kept (one per firm), each written together with the events it caused. */
public interface ListingStore {

    Optional<ListingPipeline> find(String enterpriseId);

    List<ListingPipeline> findAll();

    /** Inserts a new pipeline or updates one at the version it was read with, with the events. */
    void save(ListingPipeline pipeline, boolean isNew, List<EventEnvelope> events);
}
