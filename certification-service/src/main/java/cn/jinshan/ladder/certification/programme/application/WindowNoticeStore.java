package cn.jinshan.ladder.certification.programme.application;

import cn.jinshan.ladder.certification.programme.domain.WindowNotices;
import cn.jinshan.ladder.kit.events.EventEnvelope;
import java.util.List;
import java.util.Optional;

/** Where window announcements are remembered, each written together with the events it sends. */
public interface WindowNoticeStore {

    Optional<WindowNotices> find(String id);

    /** Inserts (version 0, new) or updates at the version it was read with, with the events. */
    void save(WindowNotices notices, boolean isNew, List<EventEnvelope> events);
}
