package cn.jinshan.ladder.notification.inbox.adapter.in.web;

import cn.jinshan.ladder.notification.inbox.application.LiveStreams;
import cn.jinshan.ladder.notification.inbox.domain.Language;
import cn.jinshan.ladder.notification.inbox.domain.Notification;
import cn.jinshan.ladder.notification.inbox.domain.Reader;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The open Server-Sent-Event streams of this replica, each fed the new items its reader sees (from any replica). */
@Component
class LiveInbox implements LiveStreams {

    static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);

    private final Map<SseEmitter, Subscriber> subscribers = new ConcurrentHashMap<>();

    /** A subscribed reader and the language they read in. */
    record Subscriber(Reader reader, Language language) {}

    SseEmitter open(Reader reader, Language language) {
        SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
        emitter.onCompletion(() -> subscribers.remove(emitter));
        emitter.onTimeout(() -> subscribers.remove(emitter));
        emitter.onError(error -> subscribers.remove(emitter));
        subscribers.put(emitter, new Subscriber(reader, language));
        send(emitter, SseEmitter.event().name("ready").data("{}"));
        return emitter;
    }

    @Override
    public void show(Notification notification) {
        subscribers.forEach((emitter, subscriber) -> {
            if (subscriber.reader().sees(notification)) {
                send(
                        emitter,
                        SseEmitter.event()
                                .name("notification")
                                .id(notification.id())
                                .data(NotificationView.of(
                                        notification, subscriber.reader().subject(), subscriber.language())));
            }
        });
    }

    /** A comment every 15 s keeps idle streams open through the gateway and proxies. */
    @Scheduled(fixedDelayString = "${ladder.notification.stream.heartbeat:15s}")
    void heartbeat() {
        subscribers.keySet().forEach(emitter -> send(emitter, SseEmitter.event().comment("keep-alive")));
    }

    int openStreams() {
        return subscribers.size();
    }

    private void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException e) {
            subscribers.remove(emitter);
            emitter.completeWithError(e);
        }
    }
}
