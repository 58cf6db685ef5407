package cn.jinshan.ladder.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import tools.jackson.databind.JsonNode;

/**
 * Issue 8, security 7: after the other system tests (last in the run, after {@link LadderSystemIT} stopped the stack),
 * every log file the launcher wrote and everything the tests printed hold no token, bearer value, demo password or
 * client secret of the dev realm.
 */
@Order(Integer.MAX_VALUE)
@DisabledIfEnvironmentVariable(
        named = "LADDER_SKIP_SYSTEM_TEST",
        matches = "(?i)true",
        disabledReason = "LADDER_SKIP_SYSTEM_TEST=true: the system tests do not start the stack")
class LogScanIT {

    @Test
    void theStacksLogsAndTheTestOutputHoldNoTokenOrPassword() {
        Path output = TestOutput.record();
        Launcher launcher = SharedStack.launcher();
        Map<String, String> literals = new LinkedHashMap<>();
        literals.put("demo-password", Keycloak.DEMO_PASSWORD);
        for (JsonNode client : Api.JSON
                .readTree(Path.of(System.getProperty("ladder.root", "../.."))
                        .resolve("infra/keycloak/ladder-realm.json")
                        .toFile())
                .path("clients")) {
            if (client.hasNonNull("secret")) {
                literals.put(
                        "secret of " + client.path("clientId").asString(),
                        client.path("secret").asString());
            }
        }
        List<Path> files = new ArrayList<>(LogScan.filesIn(launcher.dataDir().resolve("logs")));
        int launcherFiles = files.size();
        files.add(output);
        files.addAll(LogScan.filesIn(Path.of("target/failsafe-reports")));

        LogScan.Result result = LogScan.forSecrets(literals).scan(files);

        System.out.printf(
                "SECURITY log-scan files=%d lines=%d findings=%d launcherLogs=%d patterns=%d dir=%s%n",
                result.files(),
                result.lines(),
                result.findings().size(),
                launcherFiles,
                2 + literals.size(),
                launcher.dataDir().resolve("logs"));
        result.findings().forEach(finding -> System.out.println("SECURITY log-scan finding " + finding));
        assertThat(launcherFiles).as("log files of the launcher").isGreaterThanOrEqualTo(7);
        assertThat(result.findings()).as("credentials in logs").isEmpty();
    }
}
