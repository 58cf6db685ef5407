package cn.jinshan.ladder.notification.push.application;

import cn.jinshan.ladder.notification.push.domain.PushMessage;
import cn.jinshan.ladder.notification.push.domain.PushOutcome;
import cn.jinshan.ladder.notification.push.domain.PushSubscription;

/** Encrypts a message for a subscription and hands it to the subscription's push service. */
public interface PushSender {

    PushOutcome send(PushSubscription subscription, PushMessage message);
}
