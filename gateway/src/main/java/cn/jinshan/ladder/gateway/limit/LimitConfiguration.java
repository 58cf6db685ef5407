package cn.jinshan.ladder.gateway.limit;

import cn.jinshan.ladder.gateway.problem.ProblemWriter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The write rate limit and the in-flight cap as global filters of the routes. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class LimitConfiguration {

    @Bean
    WriteRateLimitFilter writeRateLimitFilter(
            RateLimitProperties limits, ProblemWriter problems, MeterRegistry meters) {
        WriteBuckets buckets = new WriteBuckets(
                limits.writesPerSecond(), limits.writeBurst(), limits.maxTrackedUsers(), System::nanoTime);
        return new WriteRateLimitFilter(buckets, limits, problems, meters);
    }

    @Bean
    InFlightLimitFilter inFlightLimitFilter(RateLimitProperties limits, ProblemWriter problems, MeterRegistry meters) {
        return new InFlightLimitFilter(limits, problems, meters);
    }
}
