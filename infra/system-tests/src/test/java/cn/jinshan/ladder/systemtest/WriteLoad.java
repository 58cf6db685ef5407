package cn.jinshan.ladder.systemtest;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Real writes through the gateway, one thread per district-wide user, each paced to at most one write per
 * {@code interval}: register a new firm, then assign it to {@code specialist.zhao} (whose inbox and portfolio no other journey reads). Every answer is recorded with the
 * phase (before, outage, after) it was sent in.
 */
final class WriteLoad implements AutoCloseable {

    static final String SPECIALIST = "specialist.zhao";

    /** One write: what it was, for which firm, in which phase, and the status it got (0: no answer). */
    record Write(Kind kind, String enterpriseId, String phase, int status, long millis) {
        boolean accepted() {
            return status >= 200 && status < 300;
        }
    }

    /** The two writes of the load and the downstream effect each must have. */
    enum Kind {
        REGISTER,
        ASSIGN
    }

    private final Duration interval;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ConcurrentLinkedQueue<Write> writes = new ConcurrentLinkedQueue<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile String phase = "before";

    private WriteLoad(Duration interval) {
        this.interval = interval;
    }

    static WriteLoad start(List<String> users, Duration interval) {
        WriteLoad load = new WriteLoad(interval);
        for (String user : users) {
            Api api = Api.as(user);
            Thread thread = new Thread(() -> load.write(api), "write-load-" + user);
            load.threads.add(thread);
            thread.start();
        }
        return load;
    }

    void phase(String name) {
        phase = name;
    }

    List<Write> writes() {
        return List.copyOf(writes);
    }

    private void write(Api api) {
        long next = System.nanoTime();
        while (running.get()) {
            String code = CreditCodes.random();
            next = pace(next);
            Write registered = send(
                    api,
                    Kind.REGISTER,
                    code,
                    "POST",
                    "/api/enterprises",
                    Map.of("creditCode", code, "legalName", "上海金山断连演练有限公司" + code.substring(12, 17), "town", "金山卫镇"));
            if (!registered.accepted() || !running.get()) {
                continue;
            }
            next = pace(next);
            send(
                    api,
                    Kind.ASSIGN,
                    code,
                    "PUT",
                    "/api/enterprises/" + code + "/specialist",
                    Map.of("username", SPECIALIST));
        }
    }

    private long pace(long next) {
        long wait = next - System.nanoTime();
        if (wait > 0) {
            LockSupport.parkNanos(wait);
        }
        return Math.max(next, System.nanoTime() - interval.toNanos()) + interval.toNanos();
    }

    private Write send(Api api, Kind kind, String code, String method, String path, Object body) {
        String sentIn = phase;
        long started = System.nanoTime();
        int status;
        try {
            HttpResponse<String> response = api.call(method, path, body);
            status = response.statusCode();
        } catch (AssertionError e) {
            status = 0; // no answer within the client's timeout, or the connection failed
        }
        Write write = new Write(kind, code, sentIn, status, (System.nanoTime() - started) / 1_000_000);
        writes.add(write);
        return write;
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        for (Thread thread : threads) {
            thread.join(Duration.ofSeconds(40).toMillis());
        }
    }
}
