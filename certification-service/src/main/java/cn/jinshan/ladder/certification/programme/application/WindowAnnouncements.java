package cn.jinshan.ladder.certification.programme.application;

import cn.jinshan.ladder.certification.programme.domain.ApplicationWindow;
import cn.jinshan.ladder.certification.programme.domain.Programme;
import cn.jinshan.ladder.certification.programme.domain.WindowNotices;
import cn.jinshan.ladder.kit.events.EventEnvelope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Announces application windows so reminders can be computed: {@code certification.WindowOpened} once a window is
 * open, {@code certification.WindowClosing} 7, 3 and 1 days before its last day (key: {@code <programme>:<window>}).
 */
@Service
public class WindowAnnouncements {

    private final ProgrammeCatalogue catalogue;
    private final WindowNoticeStore store;
    private final Clock clock;

    WindowAnnouncements(ProgrammeCatalogue catalogue, WindowNoticeStore store, Clock clock) {
        this.catalogue = catalogue;
        this.store = store;
        this.clock = clock;
    }

    /** Sends what is due on {@code today} for every window of every programme; returns how many events. */
    public int announce(LocalDate today) {
        int sent = 0;
        for (Programme programme : catalogue.all()) {
            for (ApplicationWindow window : programme.windows()) {
                String id = WindowNotices.idOf(programme.code(), window.id());
                var stored = store.find(id);
                WindowNotices notices =
                        stored.orElseGet(() -> new WindowNotices(programme.code(), window.id(), List.of(), 0));
                List<WindowNotices.Announcement> due = notices.due(window, today);
                if (!due.isEmpty()) {
                    store.save(
                            notices,
                            stored.isEmpty(),
                            due.stream().map(this::envelope).toList());
                    sent += due.size();
                }
            }
        }
        return sent;
    }

    private EventEnvelope envelope(WindowNotices.Announcement announcement) {
        ApplicationWindow window = announcement.window();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("programme", announcement.programme());
        payload.put("windowId", window.id());
        payload.put("batch", window.batch());
        payload.put("opensOn", window.opensOn().toString());
        payload.put("closesOn", window.closesOn().toString());
        if (announcement.daysLeft() != null) {
            payload.put("daysLeft", announcement.daysLeft());
        }
        return EventEnvelope.create(
                "certification." + announcement.name(),
                1,
                WindowNotices.idOf(announcement.programme(), window.id()),
                payload,
                clock.instant());
    }
}
