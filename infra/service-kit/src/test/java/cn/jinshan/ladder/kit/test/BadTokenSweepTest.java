package cn.jinshan.ladder.kit.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the sweep against a small HTTP server that refuses most bad tokens properly but accepts a "leaky" one on some
 * routes (two of them endless event streams) and refuses a "forged" one without a problem body on one route.
 */
class BadTokenSweepTest {

    private static final String API_DOCS = """
            {"paths": {
              "/api/things/{id}": {"get": {}, "delete": {}},
              "/api/things": {"post": {}},
              "/api/events": {"get": {"responses": {"200": {"content": {"text/event-stream": {}}}}}},
              "/api/live": {"get": {}},
              "/internal/ping": {"get": {}}
            }}
            """;
    private static final String UNAUTHORIZED = "{\"type\":\"https://ladder.jinshan.gov.cn/problems/unauthorized\"}";

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch streamsMayEnd = new CountDownLatch(1);
    private ExecutorService threads;
    private HttpServer server;
    private ApiClient api;

    @BeforeEach
    void startServer() throws IOException {
        threads = Executors.newCachedThreadPool();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(threads);
        server.start();
        api = ApiClient.onPort(server.getAddress().getPort());
    }

    @AfterEach
    void stopServer() throws InterruptedException {
        streamsMayEnd.countDown();
        server.stop(0);
        threads.shutdownNow();
        threads.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void reportsEveryCallThatIsNotAnUnauthorizedProblemWithoutHangingOnStreams() {
        BadTokenSweep sweep = BadTokenSweep.fromOpenApi(api, tokens())
                .withStreamingPaths("/api/live")
                .withIds(Map.of("id", "F-1"), "x");

        BadTokenSweep.Result result = assertTimeoutPreemptively(Duration.ofSeconds(20), sweep::run);

        assertThat(result.routes()).isEqualTo(5);
        assertThat(result.kinds()).isEqualTo(3);
        assertThat(result.calls()).isEqualTo(15);
        assertThat(result.accepted())
                .containsExactlyInAnyOrder(
                        "forged → DELETE /api/things/{id} answered 401",
                        "leaky → POST /api/things answered 200",
                        "leaky → GET /api/events answered 200",
                        "leaky → GET /api/live answered 200");
        assertThat(result.line("demo"))
                .isEqualTo("SECURITY bad-tokens service=demo routes=5 kinds=3 calls=15 accepted=4");
        assertThat(requests)
                .contains(
                        "GET /api/things/F-1 token=none accept=-",
                        "POST /api/things token=leaky accept=-",
                        "GET /api/events token=leaky accept=text/event-stream",
                        "GET /api/live token=forged accept=text/event-stream")
                .noneMatch(request -> request.contains("/internal/"));
    }

    @Test
    void takesAGivenRouteListAndClosesAnUnmarkedEventStream() {
        List<ApiOperation> routes =
                List.of(new ApiOperation("GET", "/internal/ping", false), new ApiOperation("GET", "/api/live", false));

        BadTokenSweep.Result result = assertTimeoutPreemptively(
                Duration.ofSeconds(20),
                () -> BadTokenSweep.of(api, routes, tokens()).run().print("demo"));

        assertThat(result.calls()).isEqualTo(6);
        assertThat(result.accepted()).containsExactly("leaky → GET /api/live answered 200");
        assertThat(requests).contains("GET /internal/ping token=leaky accept=-");
    }

    @Test
    void aStreamRouteThatRefusesIsJudgedByItsProblemBody() {
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("none", null);
        refused.put("forged", "forged");

        BadTokenSweep.Result result = BadTokenSweep.of(
                        api, List.of(new ApiOperation("GET", "/api/events", true)), refused)
                .run();

        assertThat(result.calls()).isEqualTo(2);
        assertThat(result.accepted()).isEmpty();
        assertThat(requests)
                .containsExactly(
                        "GET /api/events token=none accept=text/event-stream",
                        "GET /api/events token=forged accept=text/event-stream");
    }

    private static Map<String, String> tokens() {
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("none", null);
        tokens.put("forged", "forged");
        tokens.put("leaky", "leaky");
        return tokens;
    }

    private void answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String token = authorization == null ? "none" : authorization.substring("Bearer ".length());
        String accept = exchange.getRequestHeaders().getFirst("Accept");
        exchange.getRequestBody().readAllBytes();
        if (path.equals("/v3/api-docs")) {
            respond(exchange, 200, "application/json", API_DOCS);
            return;
        }
        requests.add(method + " " + path + " token=" + token + " accept=" + (accept == null ? "-" : accept));
        if (token.equals("leaky") && (path.equals("/api/events") || path.equals("/api/live"))) {
            endlessStream(exchange);
        } else if (token.equals("leaky") && method.equals("POST")) {
            respond(exchange, 200, "application/json", "{}");
        } else if (token.equals("forged") && method.equals("DELETE")) {
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
        } else {
            respond(exchange, 401, "application/problem+json", UNAUTHORIZED);
        }
    }

    private void endlessStream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = exchange.getResponseBody();
        body.write("data: hello\n\n".getBytes(StandardCharsets.UTF_8));
        body.flush();
        try {
            streamsMayEnd.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        exchange.close();
    }

    private static void respond(HttpExchange exchange, int status, String type, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(bytes);
        }
    }
}
