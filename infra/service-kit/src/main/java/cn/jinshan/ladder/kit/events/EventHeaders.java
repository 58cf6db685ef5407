package cn.jinshan.ladder.kit.events;

/** Kafka header names that repeat envelope fields so tools can route without parsing the value. */
public final class EventHeaders {

    public static final String TYPE = "ladder-event-type";
    public static final String EVENT_ID = "ladder-event-id";

    private EventHeaders() {}
}
