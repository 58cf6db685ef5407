package cn.jinshan.ladder.certification.programme.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What has been announced about one application window (申报批次): its opening and its closing in 7, 3 and 1 days,
 * each once per window dates (changed dates announce again). {@code id} is {@code <programme>:<windowId>}.
 */
public final class WindowNotices {

    /** Days before the last day of a window at which its closing is announced. */
    public static final List<Integer> CLOSING_DAYS = List.of(7, 3, 1);

    private final String programme;
    private final String windowId;
    private final List<String> sent;
    private final long version;

    public WindowNotices(String programme, String windowId, List<String> sent, long version) {
        this.programme = programme;
        this.windowId = windowId;
        this.sent = new ArrayList<>(sent == null ? List.of() : sent);
        this.version = version;
    }

    public static String idOf(String programme, String windowId) {
        return programme + ":" + windowId;
    }

    /** What an announcement says: {@code WindowOpened} or {@code WindowClosing} ({@code daysLeft} then). */
    public record Announcement(String name, String programme, ApplicationWindow window, Integer daysLeft) {}

    /**
     * The announcements due on {@code today} for the window: its opening while it is open, and the tightest closing
     * threshold reached (a late scan sends one, not each missed one); none before it opens or after it closed.
     */
    public List<Announcement> due(ApplicationWindow window, LocalDate today) {
        List<Announcement> due = new ArrayList<>();
        if (!window.isOpenOn(today)) {
            return due;
        }
        String dates = "@" + window.opensOn() + "/" + window.closesOn();
        if (!sent.contains("OPENED" + dates)) {
            sent.add("OPENED" + dates);
            due.add(new Announcement("WindowOpened", programme, window, null));
        }
        long daysLeft = ChronoUnit.DAYS.between(today, window.closesOn());
        CLOSING_DAYS.stream()
                .filter(days -> daysLeft <= days)
                .min(Integer::compare)
                .filter(days -> !sent.contains("CLOSING-" + days + dates))
                .ifPresent(days -> {
                    CLOSING_DAYS.stream()
                            .filter(other -> other >= days)
                            .filter(other -> !sent.contains("CLOSING-" + other + dates))
                            .forEach(other -> sent.add("CLOSING-" + other + dates));
                    due.add(new Announcement("WindowClosing", programme, window, (int) daysLeft));
                });
        return due;
    }

    public String id() {
        return idOf(programme, windowId);
    }

    public String programme() {
        return programme;
    }

    public String windowId() {
        return windowId;
    }

    public List<String> sent() {
        return List.copyOf(sent);
    }

    public long version() {
        return version;
    }
}
