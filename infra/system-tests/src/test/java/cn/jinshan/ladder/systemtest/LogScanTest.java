package cn.jinshan.ladder.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogScanTest {

    private static final String JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJvZmZpY2lhbCJ9.c2lnbmF0dXJl";

    @Test
    void findsEachKindOnceAndReportsWhereWithoutRepeatingTheSecret(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("gateway.log");
        Files.write(
                log,
                List.of(
                        "{\"log\":{\"level\":\"DEBUG\",\"logger\":\"org.example.Tokens\"},\"message\":\"token " + JWT
                                + "\"}",
                        "Authorization: Bearer opaque-value-12345",
                        "WWW-Authenticate: Bearer error=\"invalid_token\"",
                        "login official / ladder-demo",
                        "client_secret=dev-secret-xyz",
                        "an ordinary line about tokens and the ladder demo"));

        LogScan.Result result = LogScan.forSecrets(Map.of("demo-password", "ladder-demo", "secret", "dev-secret-xyz"))
                .scan(List.of(log));

        assertThat(result.files()).isEqualTo(1);
        assertThat(result.lines()).isEqualTo(6);
        assertThat(result.findings())
                .hasSize(4)
                .anySatisfy(finding -> assertThat(finding).startsWith(log + ":1 jwt logger=org.example.Tokens"))
                .anySatisfy(finding -> assertThat(finding).startsWith(log + ":2 bearer"))
                .anySatisfy(finding -> assertThat(finding).startsWith(log + ":4 demo-password"))
                .anySatisfy(finding -> assertThat(finding).startsWith(log + ":5 secret"))
                .noneSatisfy(finding -> assertThat(finding).startsWith(log + ":3"))
                .allSatisfy(finding -> assertThat(finding)
                        .doesNotContain(JWT, "opaque-value-12345", "dev-secret-xyz", "/ ladder-demo"));
    }
}
