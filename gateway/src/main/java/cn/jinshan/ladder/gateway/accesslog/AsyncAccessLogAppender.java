package cn.jinshan.ladder.gateway.accesslog;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Hands access-log events to the given appenders on its own thread, so encoding the JSON line and writing it never
 * run on (or block) an event-loop thread. The queue is bounded and never waits: when it is full the event is dropped
 * and counted ({@link #dropped()}).
 */
final class AsyncAccessLogAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {

    static final String NAME = "LADDER_ACCESS_ASYNC";

    private static final int BATCH = 256;

    private final List<Appender<ILoggingEvent>> delegates;
    private final BlockingQueue<ILoggingEvent> queue;
    private final LongAdder dropped = new LongAdder();
    private final Thread worker;

    AsyncAccessLogAppender(List<Appender<ILoggingEvent>> delegates, int capacity) {
        this.delegates = List.copyOf(delegates);
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.worker = new Thread(this::deliverUntilInterrupted, "access-log");
        worker.setDaemon(true);
        setName(NAME);
    }

    @Override
    public void start() {
        super.start();
        worker.start();
    }

    @Override
    public void stop() {
        super.stop();
        worker.interrupt();
        try {
            worker.join(TimeUnit.SECONDS.toMillis(2));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        deliverQueued();
    }

    @Override
    protected void append(ILoggingEvent event) {
        // what the event reads from the calling thread; the message itself is formatted on the worker
        event.getThreadName();
        event.getMDCPropertyMap();
        if (!queue.offer(event)) {
            dropped.increment();
        }
    }

    /** Events dropped because the queue was full. */
    long dropped() {
        return dropped.sum();
    }

    /** Events waiting to be written. */
    int queued() {
        return queue.size();
    }

    private void deliverUntilInterrupted() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                deliver(queue.take());
                deliverQueued();
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    private void deliverQueued() {
        List<ILoggingEvent> batch = new ArrayList<>(BATCH);
        while (queue.drainTo(batch, BATCH) > 0) {
            batch.forEach(this::deliver);
            batch.clear();
        }
    }

    private void deliver(ILoggingEvent event) {
        for (Appender<ILoggingEvent> delegate : delegates) {
            delegate.doAppend(event);
        }
    }
}
