package cn.jinshan.ladder.notification.channels.application;

import cn.jinshan.ladder.notification.channels.domain.ChannelMessage;
import cn.jinshan.ladder.notification.inbox.domain.Language;
import cn.jinshan.ladder.notification.inbox.domain.Notification;
import cn.jinshan.ladder.notification.push.application.PushFailed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * When a push fails for good, the item goes to the group robot, and critical items also by SMS to the duty phones;
 * it is in the inbox whatever happens. Each item falls back once.
 */
@Service
public class Fallback {

    private final GroupRobot robot;
    private final SmsGateway sms;
    private final FallbackClaims claims;

    Fallback(GroupRobot robot, SmsGateway sms, FallbackClaims claims) {
        this.robot = robot;
        this.sms = sms;
        this.claims = claims;
    }

    @EventListener
    public void on(PushFailed failed) {
        Notification notification = failed.notification();
        boolean critical = notification.priority().name().equals("CRITICAL");
        if (!robot.enabled() && !(critical && sms.enabled())) {
            return;
        }
        if (!claims.claim(notification.id())) {
            return;
        }
        ChannelMessage message = new ChannelMessage(
                notification.id(),
                notification.title().in(Language.ZH),
                notification.body().in(Language.ZH),
                notification.link(),
                notification.priority().name());
        if (robot.enabled()) {
            robot.post(message);
        }
        if (critical && sms.enabled()) {
            sms.send(message);
        }
    }
}
