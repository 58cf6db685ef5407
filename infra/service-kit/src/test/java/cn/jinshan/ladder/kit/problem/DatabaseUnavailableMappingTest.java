package cn.jinshan.ladder.kit.problem;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.kit.audit.AuditLog;
import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketReadTimeoutException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import com.mongodb.connection.ClusterId;
import com.mongodb.connection.ServerId;
import java.io.IOException;
import java.util.List;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;

/** Every way the MongoDB driver says "the database is not reachable" is a 503 problem, never a 500. */
class DatabaseUnavailableMappingTest {

    private final ExceptionHandlerMethodResolver resolver =
            new ExceptionHandlerMethodResolver(ProblemHandlingAdvice.class);
    private final ProblemHandlingAdvice advice =
            new ProblemHandlingAdvice(new StaticListableBeanFactory().getBeanProvider(AuditLog.class));

    @Test
    void driverOutageExceptionsAreHandledAsTheDatabaseBeingUnavailable() {
        ServerAddress address = new ServerAddress("127.0.0.1", 27017);
        List<Exception> outages = List.of(
                new MongoTimeoutException("server selection timed out"),
                new MongoSocketReadTimeoutException("read timed out", address, new IOException("timeout")),
                new MongoConnectionPoolClearedException(new ServerId(new ClusterId(), address), null),
                new MongoNotPrimaryException(new BsonDocument(), address),
                new MongoNodeIsRecoveringException(new BsonDocument(), address));

        for (Exception outage : outages) {
            assertThat(resolver.resolveMethodByThrowable(outage).getName())
                    .as(outage.getClass().getSimpleName())
                    .isEqualTo("databaseUnreachable");
        }
        assertThat(resolver.resolveMethodByThrowable(new DataAccessResourceFailureException("down"))
                        .getName())
                .isEqualTo("databaseDown");
        assertThat(advice.databaseUnreachable(new MongoTimeoutException("down")).getStatusCode())
                .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    }
}
