package cn.jinshan.ladder.probes;

import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.TestJwtIssuer;
import cn.jinshan.ladder.kit.test.TestUser;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Seeded input fuzzer over every operation of a service's OpenAPI document that takes a JSON body, query or path
 * parameters: a schema-valid request with one part made hostile per request (see the module README).
 */
public final class ApiFuzzer {

    private static final int KEPT_FINDINGS = 1_000;

    private final String service;
    private final ApiClient api;
    private final Map<String, String> pathValues = new LinkedHashMap<>();
    private final List<String> skips = new ArrayList<>();
    private String token;
    private long seed = 20261129L;
    private int requests = 10_000;
    private String pathPrefix = "/";
    private boolean ownedWritesOnly;
    private int threads = 2;
    private Duration timeout = Duration.ofSeconds(10);

    private ApiFuzzer(String service, ApiClient api) {
        this.service = service;
        this.api = api;
    }

    /** A fuzzer for the service behind {@code api}; its document is read from {@code /v3/api-docs} when run. */
    public static ApiFuzzer forService(String service, ApiClient api) {
        return new ApiFuzzer(service, api);
    }

    /** The bearer token sent with every request (none by default). */
    public ApiFuzzer token(String bearerToken) {
        this.token = bearerToken;
        return this;
    }

    /** Calls as the user, with a token from the test issuer. */
    public ApiFuzzer as(TestJwtIssuer issuer, TestUser user) {
        return token(issuer.token(user));
    }

    public ApiFuzzer seed(long value) {
        this.seed = value;
        return this;
    }

    /** How many requests to send in all (default 10,000), spread round-robin over the operations. */
    public ApiFuzzer requests(int count) {
        this.requests = count;
        return this;
    }

    /** The value of a path variable in valid requests, e.g. the id of an object the caller owns. */
    public ApiFuzzer pathValue(String variable, String value) {
        pathValues.put(variable, value);
        return this;
    }

    /** Leaves out an operation ({@code "POST /api/x/{id}"}) or a method ({@code "DELETE"}); reported as skipped. */
    public ApiFuzzer skip(String operationOrMethod) {
        skips.add(operationOrMethod);
        return this;
    }

    /** Fuzzes only paths starting with the prefix (default {@code /}). */
    public ApiFuzzer onlyPaths(String prefix) {
        this.pathPrefix = prefix;
        return this;
    }

    /**
     * Writes (POST, PUT, PATCH, DELETE) only reach objects the caller owns: their path variables always take the
     * {@link #pathValue} given, and a write with a variable lacking one is skipped.
     */
    public ApiFuzzer ownedWritesOnly() {
        this.ownedWritesOnly = true;
        return this;
    }

    /** Concurrent connections (default 2). */
    public ApiFuzzer threads(int count) {
        this.threads = count;
        return this;
    }

    /** Per-request time limit (default 10 s); no answer within it counts as a server error. */
    public ApiFuzzer timeout(Duration limit) {
        this.timeout = limit;
        return this;
    }

    /** Sends every request, prints the figures line and returns the report (assert with {@code assertClean()}). */
    public FuzzReport run() {
        return execute(0, requests);
    }

    /** Sends again only the request with this index (same seed, same operations), e.g. from a failure line. */
    public FuzzReport replay(int index) {
        return execute(index, index + 1);
    }

    private FuzzReport execute(int from, int to) {
        OpenApi openApi = OpenApi.fetch(api);
        List<Operation> operations = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Operation operation : openApi.operations()) {
            String reason = skipReason(operation);
            if (reason == null) {
                operations.add(operation);
            } else if (operation.path().startsWith(pathPrefix)) {
                skipped.add(operation.key() + ": " + reason);
            }
        }
        if (operations.isEmpty()) {
            throw new IllegalStateException("no operation of " + service + " to fuzz; skipped: " + skipped);
        }
        RequestPlanner planner = new RequestPlanner(openApi, pathValues, ownedWritesOnly);
        ResponseJudge judge = new ResponseJudge(openApi);
        Counts counts = new Counts();
        AtomicInteger next = new AtomicInteger(from);
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < Math.max(1, threads); t++) {
                workers.add(pool.submit(() -> {
                    for (int index = next.getAndIncrement(); index < to; index = next.getAndIncrement()) {
                        Operation operation = operations.get(index % operations.size());
                        RequestPlan plan = planner.plan(operation, random(index));
                        counts.record(index, operation, plan, send(plan), judge);
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the fuzzer failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        FuzzReport report = counts.report(service, operations.size(), to - from, seed, millis, skipped);
        skipped.forEach(line -> System.out.println("fuzz skipped service=" + service + " " + line));
        System.out.println(report.line());
        return report;
    }

    private String skipReason(Operation operation) {
        if (!operation.path().startsWith(pathPrefix)) {
            return "outside " + pathPrefix;
        }
        if (skips.contains(operation.key()) || skips.contains(operation.method())) {
            return "skipped by the test";
        }
        if (operation.skipReason() != null) {
            return operation.skipReason();
        }
        if (!operation.fuzzable()) {
            return "no JSON body, query or path parameter";
        }
        if (ownedWritesOnly
                && operation.isWrite()
                && !operation.in("path").stream().allMatch(p -> pathValues.containsKey(p.name()))) {
            return "a write on an object the caller does not own (no path value given)";
        }
        return null;
    }

    private SplittableRandom random(int index) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L);
    }

    private Response send(RequestPlan plan) {
        HttpRequest.Builder request = api.request(plan.pathAndQuery(), token)
                .timeout(timeout)
                .header("Accept", "application/json, application/problem+json");
        if (plan.body() != null) {
            request.header("Content-Type", "application/json")
                    .method(plan.method(), HttpRequest.BodyPublishers.ofString(plan.body()));
        } else {
            request.method(plan.method(), HttpRequest.BodyPublishers.noBody());
        }
        try {
            return new Response(api.send(request.build()), null);
        } catch (UncheckedIOException | IllegalStateException e) {
            return new Response(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private record Response(HttpResponse<String> http, String failure) {}

    /** Thread-safe tallies of one run. */
    private final class Counts {
        private final AtomicInteger serverErrors = new AtomicInteger();
        private final AtomicInteger schemaViolations = new AtomicInteger();
        private final AtomicInteger leaks = new AtomicInteger();
        private final ConcurrentLinkedQueue<Finding> findings = new ConcurrentLinkedQueue<>();

        void record(int index, Operation operation, RequestPlan plan, Response response, ResponseJudge judge) {
            if (response.http() == null) {
                serverErrors.incrementAndGet();
                keep(index, plan, "5xx", 0, "no answer: " + response.failure());
                return;
            }
            for (ResponseJudge.Verdict verdict : judge.judge(operation, plan, response.http())) {
                switch (verdict.kind()) {
                    case "5xx" -> serverErrors.incrementAndGet();
                    case "leak" -> leaks.incrementAndGet();
                    default -> schemaViolations.incrementAndGet();
                }
                keep(index, plan, verdict.kind(), response.http().statusCode(), verdict.detail());
            }
        }

        private void keep(int index, RequestPlan plan, String kind, int status, String detail) {
            if (findings.size() < KEPT_FINDINGS) {
                findings.add(new Finding(
                        service,
                        seed,
                        index,
                        kind,
                        plan.operation(),
                        plan.mutation(),
                        plan.describe(),
                        status,
                        detail));
            }
        }

        FuzzReport report(String name, int operations, int sent, long runSeed, long millis, List<String> skipped) {
            List<Finding> ordered = findings.stream()
                    .sorted(Comparator.comparingInt(Finding::index))
                    .toList();
            return new FuzzReport(
                    name,
                    operations,
                    sent,
                    serverErrors.get(),
                    schemaViolations.get(),
                    leaks.get(),
                    runSeed,
                    millis,
                    skipped,
                    ordered);
        }
    }
}
