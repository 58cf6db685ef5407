package cn.jinshan.ladder.notification.inbox.application;

import cn.jinshan.ladder.notification.inbox.domain.Notification;

/** Published in-process when a new inbox item was stored, for live channels. */
public record NotificationAdded(Notification notification) {}
