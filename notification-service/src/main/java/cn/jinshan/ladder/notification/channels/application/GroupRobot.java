package cn.jinshan.ladder.notification.channels.application;

import cn.jinshan.ladder.notification.channels.domain.ChannelMessage;

/** A WeCom or DingTalk group robot webhook of the towns' and officials' group. */
public interface GroupRobot {

    boolean enabled();

    /** Posts the message; true when the robot took it. Failures are recorded, never thrown. */
    boolean post(ChannelMessage message);
}
