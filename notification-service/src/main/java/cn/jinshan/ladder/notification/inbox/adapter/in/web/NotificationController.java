package cn.jinshan.ladder.notification.inbox.adapter.in.web;

import cn.jinshan.ladder.kit.security.CurrentUser;
import cn.jinshan.ladder.notification.inbox.application.Inbox;
import cn.jinshan.ladder.notification.inbox.application.InboxPage;
import cn.jinshan.ladder.notification.inbox.application.PageRequest;
import cn.jinshan.ladder.notification.inbox.application.Readers;
import cn.jinshan.ladder.notification.inbox.domain.Language;
import cn.jinshan.ladder.notification.inbox.domain.Notification;
import cn.jinshan.ladder.notification.inbox.domain.Reader;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/notifications")
class NotificationController {

    private final Inbox inbox;

    NotificationController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    InboxPageView list(
            CurrentUser user,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(defaultValue = "false") boolean archived,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        Reader reader = Readers.of(user);
        InboxPage result = inbox.list(reader, archived, new PageRequest(page, size));
        Language language = Language.fromAcceptLanguage(acceptLanguage);
        return new InboxPageView(
                result.items().stream()
                        .map(n -> NotificationView.of(n, reader.subject(), language))
                        .toList(),
                result.page(),
                result.size(),
                result.totalItems(),
                result.unreadCount());
    }

    @PostMapping("/{id}/read")
    NotificationView read(
            CurrentUser user,
            @PathVariable String id,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        return changed(user, acceptLanguage, reader -> inbox.markRead(reader, id, true));
    }

    @PostMapping("/{id}/unread")
    NotificationView unread(
            CurrentUser user,
            @PathVariable String id,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        return changed(user, acceptLanguage, reader -> inbox.markRead(reader, id, false));
    }

    @PostMapping("/{id}/archive")
    NotificationView archive(
            CurrentUser user,
            @PathVariable String id,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        return changed(user, acceptLanguage, reader -> inbox.archive(reader, id));
    }

    private static NotificationView changed(
            CurrentUser user, String acceptLanguage, Function<Reader, Notification> change) {
        Reader reader = Readers.of(user);
        return NotificationView.of(change.apply(reader), reader.subject(), Language.fromAcceptLanguage(acceptLanguage));
    }
}
