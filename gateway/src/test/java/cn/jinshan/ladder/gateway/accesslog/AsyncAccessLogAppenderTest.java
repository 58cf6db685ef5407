package cn.jinshan.ladder.gateway.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AsyncAccessLogAppenderTest {

    private final LoggerContext context = new LoggerContext();

    @BeforeEach
    void mdc() {
        context.setMDCAdapter(new LogbackMDCAdapter());
    }

    @Test
    void aFullQueueDropsAndCountsInsteadOfBlockingAndEverythingQueuedIsWritten() throws Exception {
        BlockingAppender slow = new BlockingAppender();
        AsyncAccessLogAppender appender = new AsyncAccessLogAppender(List.of(slow), 4);
        appender.setContext(context);
        appender.start();

        appender.doAppend(event("first"));
        assertThat(slow.entered.await(5, TimeUnit.SECONDS)).isTrue();
        long started = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            appender.doAppend(event("line " + i));
        }
        long appendMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertThat(appender.dropped()).isEqualTo(6);
        assertThat(appender.queued()).isEqualTo(4);
        assertThat(appendMillis).isLessThan(1_000);
        slow.release.countDown();
        appender.stop();
        assertThat(slow.messages).containsExactly("first", "line 0", "line 1", "line 2", "line 3");
    }

    @Test
    void theCallersThreadNameIsKeptAndTheMessageFormattedOnTheWorker() throws Exception {
        BlockingAppender sink = new BlockingAppender();
        sink.release.countDown();
        AsyncAccessLogAppender appender = new AsyncAccessLogAppender(List.of(sink), 16);
        appender.setContext(context);
        appender.start();
        Thread caller = new Thread(() -> appender.doAppend(event("GET {} {}", "/api/x", 200)), "reactor-http-epoll-7");

        caller.start();
        caller.join();
        appender.stop();

        assertThat(sink.messages).containsExactly("GET /api/x 200");
        assertThat(sink.threads).containsExactly("reactor-http-epoll-7");
        assertThat(appender.dropped()).isZero();
    }

    private LoggingEvent event(String message, Object... arguments) {
        return new LoggingEvent(
                AsyncAccessLogAppender.class.getName(),
                context.getLogger(AccessLogFilter.LOGGER_NAME),
                Level.INFO,
                message,
                null,
                arguments);
    }

    private static final class BlockingAppender extends AppenderBase<ILoggingEvent> {

        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final List<String> messages = new CopyOnWriteArrayList<>();
        final List<String> threads = new CopyOnWriteArrayList<>();

        BlockingAppender() {
            start();
        }

        @Override
        protected void append(ILoggingEvent event) {
            entered.countDown();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            messages.add(event.getFormattedMessage());
            threads.add(event.getThreadName());
        }
    }
}
