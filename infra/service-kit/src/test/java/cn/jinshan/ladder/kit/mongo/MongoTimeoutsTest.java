package cn.jinshan.ladder.kit.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MongoTimeoutsTest {

    @Test
    void theDefaultsBoundServerSelectionConnectAndRead() {
        MongoClientSettings settings = customized(new MongoTimeoutProperties(null, null, null), "mongodb://db/x");

        assertThat(settings.getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS))
                .isEqualTo(2_000);
        assertThat(settings.getSocketSettings().getConnectTimeout(TimeUnit.MILLISECONDS))
                .isEqualTo(2_000);
        assertThat(settings.getSocketSettings().getReadTimeout(TimeUnit.MILLISECONDS))
                .isEqualTo(10_000);
    }

    @Test
    void typedPropertiesWinOverTheConnectionString() {
        MongoClientSettings settings = customized(
                new MongoTimeoutProperties(Duration.ofMillis(1500), Duration.ofSeconds(1), Duration.ofSeconds(5)),
                "mongodb://db/x?serverSelectionTimeoutMS=30000&socketTimeoutMS=0");

        assertThat(settings.getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS))
                .isEqualTo(1_500);
        assertThat(settings.getSocketSettings().getConnectTimeout(TimeUnit.MILLISECONDS))
                .isEqualTo(1_000);
        assertThat(settings.getSocketSettings().getReadTimeout(TimeUnit.MILLISECONDS))
                .isEqualTo(5_000);
    }

    private static MongoClientSettings customized(MongoTimeoutProperties timeouts, String uri) {
        MongoClientSettings.Builder builder =
                MongoClientSettings.builder().applyConnectionString(new ConnectionString(uri));
        new MongoTimeoutsConfiguration.BoundedTimeouts(timeouts).customize(builder);
        return builder.build();
    }
}
