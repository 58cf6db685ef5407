package cn.jinshan.ladder.kit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;

class AuditLogTest {

    @Test
    void aFailedWriteIsCountedAndNeverThrown() {
        MongoTemplate mongo = mock(MongoTemplate.class);
        when(mongo.getCollection(anyString())).thenThrow(new DataAccessResourceFailureException("down"));
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        AuditLog audit = new AuditLog(mongo, Clock.systemUTC(), meters);

        audit.record("sample.approve", "sample", "s-1", AuditOutcome.SUCCEEDED, "x".repeat(2_000));

        assertThat(meters.counter("ladder.audit.write.failures", "outcome", "SUCCEEDED")
                        .count())
                .isEqualTo(1.0);
    }
}
