package cn.jinshan.ladder.gateway.accesslog;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Sends the access logger's lines through an {@link AsyncAccessLogAppender} in front of the root logger's appenders
 * (the same ECS console output as every other line), and exports its drops and queue as meters. Without Logback the
 * access log simply stays synchronous.
 */
@Component
class AsyncAccessLog implements InitializingBean, DisposableBean {

    /** Access-log lines dropped because the queue was full ({@code ladder_gateway_access_log_dropped_total}). */
    static final String DROPPED_METER = "ladder.gateway.access.log.dropped";

    /** Access-log lines waiting to be written ({@code ladder_gateway_access_log_queued}). */
    static final String QUEUED_METER = "ladder.gateway.access.log.queued";

    /** Lines held at most: about two seconds at the gateway's saturation rate on two cores. */
    static final int CAPACITY = 8_192;

    private final MeterRegistry meters;
    private @Nullable AsyncAccessLogAppender appender;

    AsyncAccessLog(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void afterPropertiesSet() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Logger access = context.getLogger(AccessLogFilter.LOGGER_NAME);
        List<Appender<ILoggingEvent>> rootAppenders = new ArrayList<>();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                .iteratorForAppenders()
                .forEachRemaining(rootAppenders::add);
        appender = new AsyncAccessLogAppender(rootAppenders, CAPACITY);
        appender.setContext(context);
        appender.start();
        Appender<ILoggingEvent> previous = access.getAppender(AsyncAccessLogAppender.NAME);
        access.addAppender(appender);
        access.setAdditive(false);
        if (previous != null) {
            access.detachAppender(previous);
            previous.stop();
        }
        FunctionCounter.builder(DROPPED_METER, appender, AsyncAccessLogAppender::dropped)
                .description("Access-log lines dropped because the queue was full")
                .register(meters);
        Gauge.builder(QUEUED_METER, appender, AsyncAccessLogAppender::queued)
                .description("Access-log lines waiting to be written")
                .register(meters);
    }

    @Override
    public void destroy() {
        if (appender == null) {
            return;
        }
        Logger access = (Logger) LoggerFactory.getLogger(AccessLogFilter.LOGGER_NAME);
        if (access.getAppender(AsyncAccessLogAppender.NAME) == appender) {
            // lines go straight to the root appenders again (a later context may have put its own appender here)
            access.setAdditive(true);
            access.detachAppender(appender);
        }
        appender.stop();
    }
}
