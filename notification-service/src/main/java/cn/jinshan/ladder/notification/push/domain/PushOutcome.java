package cn.jinshan.ladder.notification.push.domain;

/** What became of one push: accepted by the push service, gone for good (404/410), or failed for now. */
public enum PushOutcome {
    DELIVERED,
    GONE,
    FAILED
}
