package cn.jinshan.ladder.mongostandin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StandInSettingsTest {

    @Test
    void defaultsToTheLoopbackTheStandardPortAndTheDataDirectory() {
        StandInSettings settings = StandInSettings.from(new String[0], Map.of());

        assertThat(settings.host()).isEqualTo("127.0.0.1");
        assertThat(settings.port()).isEqualTo(27017);
        assertThat(settings.file()).isEqualTo(Path.of("data/mongo/ladder.mv").toAbsolutePath());
    }

    @Test
    void readsTheEnvironment() {
        StandInSettings settings = StandInSettings.from(
                new String[0],
                Map.of(
                        "MONGO_STANDIN_PORT",
                        "27018",
                        "MONGO_STANDIN_HOST",
                        "0.0.0.0",
                        "MONGO_STANDIN_FILE",
                        "/tmp/x.mv"));

        assertThat(settings.port()).isEqualTo(27018);
        assertThat(settings.host()).isEqualTo("0.0.0.0");
        assertThat(settings.file()).isEqualTo(Path.of("/tmp/x.mv"));
    }

    @Test
    void argumentsWinOverTheEnvironment() {
        StandInSettings settings = StandInSettings.from(
                new String[] {"--port=27019", "--file=/tmp/y.mv"}, Map.of("MONGO_STANDIN_PORT", "27018"));

        assertThat(settings.port()).isEqualTo(27019);
        assertThat(settings.file()).isEqualTo(Path.of("/tmp/y.mv"));
    }

    @Test
    void rejectsAPortThatIsNotANumberOrOutOfRange() {
        assertThatThrownBy(() -> StandInSettings.from(new String[] {"--port=mongo"}, Map.of()))
                .hasMessageContaining("port must be a number");
        assertThatThrownBy(() -> StandInSettings.from(new String[] {"--port=70000"}, Map.of()))
                .hasMessageContaining("between 1 and 65535");
    }

    @Test
    void rejectsAnUnknownArgument() {
        assertThatThrownBy(() -> StandInSettings.from(new String[] {"--verbose"}, Map.of()))
                .hasMessageContaining("unknown argument --verbose");
    }
}
