package cn.jinshan.ladder.gateway.limit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * One token bucket per user: {@code burst} tokens, refilled at {@code ratePerSecond}. A bucket left alone for as long
 * as a full refill takes is full again, the same as a new one, so it is dropped; the map is swept once per refill time
 * and whenever it holds more than {@code maxUsers} buckets (emptied if the sweep frees nothing).
 */
final class WriteBuckets {

    private final double tokensPerNano;
    private final double burst;
    private final int maxUsers;
    private final long refillNanos;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep;

    WriteBuckets(double ratePerSecond, int burst, int maxUsers, LongSupplier nanoTime) {
        this.tokensPerNano = ratePerSecond / TimeUnit.SECONDS.toNanos(1);
        this.burst = burst;
        this.maxUsers = maxUsers;
        this.refillNanos = Math.max(TimeUnit.SECONDS.toNanos(1), (long) Math.ceil(burst / tokensPerNano));
        this.nanoTime = nanoTime;
        this.lastSweep = new AtomicLong(nanoTime.getAsLong());
    }

    /** Takes one token of the user's bucket: 0 when granted, otherwise the nanoseconds until a token is there. */
    long take(String user) {
        long now = nanoTime.getAsLong();
        sweepIfDue(now);
        return buckets.computeIfAbsent(user, key -> new Bucket(burst, now)).take(now);
    }

    /** Buckets currently kept. */
    int trackedUsers() {
        return buckets.size();
    }

    private void sweepIfDue(long now) {
        long last = lastSweep.get();
        boolean full = buckets.size() >= maxUsers;
        if ((full || now - last >= refillNanos) && lastSweep.compareAndSet(last, now)) {
            buckets.values().removeIf(bucket -> bucket.idleSince(now) >= refillNanos);
            if (buckets.size() >= maxUsers) {
                buckets.clear();
            }
        }
    }

    private final class Bucket {

        private double tokens;
        private long updated;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        synchronized long take(long now) {
            tokens = Math.min(burst, tokens + (now - updated) * tokensPerNano);
            updated = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / tokensPerNano));
        }

        synchronized long idleSince(long now) {
            return now - updated;
        }
    }
}
