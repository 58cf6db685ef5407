package cn.jinshan.ladder.notification.push.application;

import cn.jinshan.ladder.notification.inbox.domain.Notification;

/** Decides whether a user wants an item pushed to their phone now, later, or not at all. */
public interface PushPolicy {

    PushDecision decide(String subject, Notification notification);
}
