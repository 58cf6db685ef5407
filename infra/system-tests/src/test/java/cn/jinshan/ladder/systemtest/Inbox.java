package cn.jinshan.ladder.systemtest;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A user's whole inbox read through the gateway, page by page: the distinct items of one event type per firm. */
final class Inbox {

    private static final int PAGE = 100;

    private Inbox() {}

    /**
     * The items of {@code eventType} (id → created at) by the enterprise id their link names
     * ({@code /enterprises/<id>}); an item seen on two pages (the list moved while it was read) counts once, by its id.
     */
    static Map<String, Map<String, Instant>> itemsByEnterprise(Api reader, String eventType) {
        Map<String, Map<String, Instant>> items = new HashMap<>();
        int page = 0;
        long total;
        do {
            JsonNode answer = reader.get("/api/notifications?size=" + PAGE + "&page=" + page);
            for (JsonNode item : answer.path("items")) {
                String link = item.path("link").asString();
                if (eventType.equals(item.path("eventType").asString()) && link.startsWith("/enterprises/")) {
                    items.computeIfAbsent(link.substring("/enterprises/".length()), key -> new HashMap<>())
                            .put(
                                    item.path("id").asString(),
                                    Instant.parse(item.path("createdAt").asString()));
                }
            }
            total = answer.path("totalItems").asLong();
            page++;
        } while ((long) page * PAGE < total);
        return items;
    }
}
