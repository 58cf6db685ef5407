package cn.jinshan.ladder.kit.outbox;

import com.mongodb.event.ConnectionPoolClearedEvent;
import com.mongodb.event.ConnectionPoolListener;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Notices when the driver drops its connections (socket failure, failover): a write in flight then may have been
 * applied without the service learning it, so its aggregate may hold records without a pointer, and the relay runs
 * its full sweep at the next round instead of in {@code full-sweep-interval}.
 */
final class OutboxConnectionWatch implements ConnectionPoolListener {

    private final AtomicBoolean lost = new AtomicBoolean();

    @Override
    public void connectionPoolCleared(ConnectionPoolClearedEvent event) {
        lost.set(true);
    }

    /** True once after the connections were dropped. */
    boolean takeLoss() {
        return lost.getAndSet(false);
    }
}
