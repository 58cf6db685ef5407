package cn.jinshan.ladder.notification.channels.application;

import cn.jinshan.ladder.notification.channels.domain.ChannelMessage;

/** An SMS provider's HTTP API, sending critical items to the duty phones. */
public interface SmsGateway {

    boolean enabled();

    /** Sends the message; true when the provider took it. Failures are recorded, never thrown. */
    boolean send(ChannelMessage message);
}
