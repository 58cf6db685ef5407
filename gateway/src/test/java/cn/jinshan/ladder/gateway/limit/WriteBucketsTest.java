package cn.jinshan.ladder.gateway.limit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class WriteBucketsTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final AtomicLong now = new AtomicLong(1_000 * SECOND);

    @Test
    void aFullBucketGrantsTheBurstThenTellsHowLongUntilTheNextToken() {
        WriteBuckets buckets = new WriteBuckets(2, 3, 100, now::get);

        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isEqualTo(SECOND / 2);

        now.addAndGet(SECOND / 4);
        assertThat(buckets.take("a")).isEqualTo(SECOND / 4);
        now.addAndGet(SECOND / 4);
        assertThat(buckets.take("a")).isZero();
    }

    @Test
    void aSlowRateAsksForAWaitOfSeveralSecondsAndUsersDoNotShareABucket() {
        WriteBuckets buckets = new WriteBuckets(0.5, 1, 100, now::get);

        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isEqualTo(2 * SECOND);
        assertThat(buckets.take("b")).isZero();
    }

    @Test
    void theBucketRefillsOnlyUpToTheBurst() {
        WriteBuckets buckets = new WriteBuckets(10, 2, 100, now::get);
        buckets.take("a");
        now.addAndGet(60 * SECOND);

        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isPositive();
    }

    @Test
    void idleUsersAreForgottenAndTheMapStaysBounded() {
        WriteBuckets buckets = new WriteBuckets(1, 1, 3, now::get);
        buckets.take("a");
        buckets.take("b");
        now.addAndGet(2 * SECOND);
        buckets.take("c");

        assertThat(buckets.trackedUsers()).isEqualTo(1);

        for (int i = 0; i < 50; i++) {
            buckets.take("user-" + i);
        }
        assertThat(buckets.trackedUsers()).isLessThanOrEqualTo(3);
    }
}
