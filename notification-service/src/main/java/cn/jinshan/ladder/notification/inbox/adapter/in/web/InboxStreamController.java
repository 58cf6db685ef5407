package cn.jinshan.ladder.notification.inbox.adapter.in.web;

import cn.jinshan.ladder.kit.security.CurrentUser;
import cn.jinshan.ladder.notification.inbox.application.Readers;
import cn.jinshan.ladder.notification.inbox.domain.Language;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
class InboxStreamController {

    private final LiveInbox live;

    InboxStreamController(LiveInbox live) {
        this.live = live;
    }

    @GetMapping(path = "/api/notifications/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(
            CurrentUser user,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
            HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        response.setHeader("X-Accel-Buffering", "no");
        return live.open(Readers.of(user), Language.fromAcceptLanguage(acceptLanguage));
    }
}
