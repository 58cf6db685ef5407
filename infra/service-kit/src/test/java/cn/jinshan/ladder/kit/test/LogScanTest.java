package cn.jinshan.ladder.kit.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LogScanTest {

    @Test
    void findsEveryKindOfSecretAndMasksIt() {
        String log = String.join(
                "\n",
                "{\"message\":\"token eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJl\"}",
                "Authorization: Bearer abcdefgh12345678",
                "login with password=hunter2",
                "{\"username\":\"a\",\"password\":\"hunter2\"}",
                "grant_type=client_credentials&client_secret=s3cr3t-value",
                "{\"message\":\"body {\\\"password\\\":\\\"x1\\\"}\"}");

        LogScan.Result result = LogScan.scan(log);

        assertThat(result.lines()).isEqualTo(6);
        assertThat(result.findings())
                .extracting(LogScan.Finding::kind)
                .contains("jwt", "bearer", "password", "client secret");
        assertThat(result.findings()).extracting(LogScan.Finding::line).contains(1, 2, 3, 4, 5, 6);
        assertThat(result.findings().toString()).doesNotContain("hunter2", "s3cr3t-value", "c2lnbmF0dXJl");
        assertThatThrownBy(() -> LogScan.assertClean(log)).isInstanceOf(AssertionError.class);
    }

    @Test
    void acceptsConfigurationDumpsWithoutValuesAndOrdinaryText() {
        String log = String.join(
                "\n",
                "\tssl.key.password = null",
                "\tsasl.oauthbearer.client.credentials.client.secret = null",
                "{\"message\":\"A valid bearer token from the ladder realm is required\"}",
                "WWW-Authenticate: Bearer",
                "password reset requested for user 42",
                "");

        LogScan.Result result = LogScan.assertClean(log);

        assertThat(result.lines()).isEqualTo(5);
        assertThat(result.clean()).isTrue();
    }
}
