package cn.jinshan.ladder.notification.push.application;

import cn.jinshan.ladder.notification.inbox.domain.Notification;

/** Published in-process when a push failed for good (retries exhausted, breaker open, or refused): time to fall back. */
public record PushFailed(Notification notification, String reason) {}
