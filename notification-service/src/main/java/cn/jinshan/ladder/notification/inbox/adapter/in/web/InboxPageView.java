package cn.jinshan.ladder.notification.inbox.adapter.in.web;

import java.util.List;

/** A page of the caller's inbox with the unread count. */
record InboxPageView(List<NotificationView> items, int page, int size, long totalItems, long unreadCount) {}
