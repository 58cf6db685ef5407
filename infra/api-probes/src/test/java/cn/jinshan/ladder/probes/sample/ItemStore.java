package cn.jinshan.ladder.probes.sample;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/** The clean routes' items, in memory. */
@Component
class ItemStore {

    private final Map<String, ItemView> items = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong(0x10000000L);

    ItemView create(ItemRequest request) {
        String id = Long.toHexString(sequence.incrementAndGet());
        ItemView item = ItemView.of(id, request);
        items.put(id, item);
        return item;
    }

    Optional<ItemView> find(String id) {
        return Optional.ofNullable(items.get(id));
    }

    Optional<ItemView> replace(String id, ItemRequest request) {
        return Optional.ofNullable(items.computeIfPresent(id, (key, old) -> ItemView.of(id, request)));
    }

    List<ItemView> named(String name, int limit) {
        return items.values().stream()
                .filter(item -> name == null || item.name().startsWith(name))
                .limit(limit)
                .toList();
    }
}
