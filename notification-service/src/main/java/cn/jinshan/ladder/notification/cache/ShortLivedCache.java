package cn.jinshan.ladder.notification.cache;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A bounded in-memory cache whose entries live a short, fixed time: for data read on every event whose staleness for
 * that time is harmless (rules, preferences), so a burst reads each key once instead of once per event.
 */
public final class ShortLivedCache<K, V> {

    static final int MAX_ENTRIES = 10_000;

    private final long timeToLiveNanos;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    private record Entry<V>(V value, long expiresAt) {}

    public ShortLivedCache(Duration timeToLive) {
        this.timeToLiveNanos = timeToLive.toNanos();
    }

    /** The cached value while it is fresh, else the loaded one (cached unless the time to live is zero). */
    public V get(K key, Function<K, V> load) {
        long now = System.nanoTime();
        Entry<V> cached = entries.get(key);
        if (cached != null && now - cached.expiresAt() < 0) {
            return cached.value();
        }
        V value = load.apply(key);
        if (timeToLiveNanos > 0) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(key, new Entry<>(value, now + timeToLiveNanos));
        }
        return value;
    }

    public void forget(K key) {
        entries.remove(key);
    }
}
