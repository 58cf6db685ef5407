package cn.jinshan.ladder.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Starts the real stack with {@code ./ladder up --detach} and drives the first slice through the gateway. */
@TestMethodOrder(OrderAnnotation.class)
@DisabledIfEnvironmentVariable(
        named = "LADDER_SKIP_SYSTEM_TEST",
        matches = "(?i)true",
        disabledReason = "LADDER_SKIP_SYSTEM_TEST=true: the system test does not start the stack")
class LadderSystemIT {

    private static final String GATEWAY = "http://localhost:8080";
    private static final String TOKEN_URL = "http://localhost:8180/realms/ladder/protocol/openid-connect/token";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Launcher launcher;
    private static boolean stopped;

    @BeforeAll
    static void startTheStack() throws Exception {
        TestOutput.record();
        Path root = Path.of(System.getProperty("ladder.root", "../.."))
                .toAbsolutePath()
                .normalize();
        launcher = new Launcher(root, root.resolve("data/system-test"));
        List<String> up = new ArrayList<>(List.of("up", "--detach"));
        // e.g. -Dladder.up.args=--no-build to start the jars as they are
        Arrays.stream(System.getProperty("ladder.up.args", "").split("\\s+"))
                .filter(arg -> !arg.isBlank())
                .forEach(up::add);
        int exit = launcher.run(Duration.ofMinutes(12), up.toArray(String[]::new));
        assertThat(exit)
                .as(
                        "./ladder up --detach failed; logs in %s",
                        launcher.dataDir().resolve("logs"))
                .isZero();
    }

    @AfterAll
    static void stopTheStack() throws Exception {
        if (launcher != null && !stopped) {
            launcher.run(Duration.ofMinutes(3), "down");
        }
    }

    @Test
    @Order(1)
    void anAnonymousCallIsRefused() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/enterprises")));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    @Order(2)
    void anOfficialRegistersAnEnterpriseAndIsNotifiedOfIt() throws Exception {
        String token = token("official");
        String creditCode = CreditCodes.random();
        String body =
                JSON.writeValueAsString(Map.of("creditCode", creditCode, "legalName", "上海金山示例制造有限公司", "town", "枫泾镇"));

        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/enterprises"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("/api/enterprises/" + creditCode));

        await("the EnterpriseRegistered notification in the official's inbox")
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(registrationNotices(token))
                        .anySatisfy(title -> assertThat(title).contains(creditCode)));
    }

    @Test
    @Order(3)
    void stoppingLeavesNoProcessBehind() throws Exception {
        List<Long> pids = launcher.recordedPids();
        assertThat(pids)
                .as("PID files in %s", launcher.dataDir().resolve("run"))
                .hasSizeGreaterThanOrEqualTo(7);

        int exit = launcher.run(Duration.ofMinutes(3), "down");
        stopped = true;

        assertThat(exit).isZero();
        assertThat(launcher.recordedPids()).isEmpty();
        // an exited process lingers as a zombie until its new parent (init) reaps it
        await("every process the launcher started to be gone")
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(pids)
                        .allSatisfy(pid -> assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive))
                                .as("process %d", pid)
                                .isEmpty()));
    }

    /** Titles of the enterprise.EnterpriseRegistered items in the caller's inbox. */
    private static List<String> registrationNotices(String token) throws IOException, InterruptedException {
        HttpResponse<String> inbox = send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/notifications?size=100"))
                .header("Authorization", "Bearer " + token)
                .header("Accept-Language", "en"));
        assertThat(inbox.statusCode()).as(inbox.body()).isEqualTo(200);
        JsonNode items = JSON.readTree(inbox.body()).path("items");
        return StreamSupport.stream(items.spliterator(), false)
                .filter(item -> "enterprise.EnterpriseRegistered"
                        .equals(item.path("eventType").asString()))
                .map(item -> item.path("title").asString())
                .toList();
    }

    /** A token for a demo user from the real Keycloak, through the dev client's password grant. */
    private static String token(String username) throws IOException, InterruptedException {
        String form = Map.of(
                        "grant_type", "password",
                        "client_id", "ladder-dev",
                        "username", username,
                        "password", "ladder-demo")
                .entrySet()
                .stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(TOKEN_URL))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("access_token").asString();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(REQUEST_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
    }
}
