package cn.jinshan.ladder.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bson.Document;

/**
 * Scenario (e): the latency from a write that emits an event to the push service receiving the push and to the inbox
 * item being stored. Subscribes {@code specialist.li} to Web Push at a WireMock push service, assigns seeded firms to
 * that specialist through the gateway at a fixed rate (each assignment is one {@code enterprise.SpecialistAssigned}
 * event: outbox → Kafka → notification-service → inbox item + encrypted push), then reads back, for each firm, the
 * inbox item's {@code createdAt} and the push line of its delivery status (the instant the push service accepted it),
 * both against the instant the assignment was sent. One clock: everything runs on this machine.
 *
 * <p>Arguments: gateway base URL, official token file, specialist token file, ids file (credit codes), count, rate
 * per second, push endpoint (WireMock), result file.
 */
public final class EventLatencyProbe {

    private static final String SPECIALIST = "specialist.li";
    private static final String OTHER_SPECIALIST = "specialist.zhao";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private EventLatencyProbe() {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String official = Files.readString(Path.of(args[1])).trim();
        String specialist = Files.readString(Path.of(args[2])).trim();
        List<String> ids = Files.readAllLines(Path.of(args[3]));
        int count = Integer.parseInt(args[4]);
        double rate = Double.parseDouble(args[5]);
        String endpoint = args[6];
        Path result = Path.of(args[7]);

        subscribe(base, specialist, endpoint);
        List<String> firms = new ArrayList<>();
        for (int i = 0; firms.size() < count && i < ids.size(); i++) {
            String id = ids.get(ids.size() - 1 - i);
            if (!id.isBlank()) {
                firms.add(id.trim());
            }
        }
        for (String firm : firms) {
            send(base, official, "PUT", "/api/enterprises/" + firm + "/specialist", assignTo(OTHER_SPECIALIST));
        }
        Thread.sleep(5_000);
        Map<String, Long> sentAt = new LinkedHashMap<>();
        long periodNanos = (long) (1_000_000_000L / rate);
        long start = System.nanoTime();
        int refused = 0;
        for (int i = 0; i < firms.size(); i++) {
            long due = start + i * periodNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            long before = System.currentTimeMillis();
            HttpResponse<String> answer = send(
                    base, official, "PUT", "/api/enterprises/" + firms.get(i) + "/specialist", assignTo(SPECIALIST));
            if (answer.statusCode() == 200) {
                sentAt.put(firms.get(i), before);
            } else {
                refused++;
            }
        }
        Map<String, Long> toInbox = new HashMap<>();
        Map<String, Long> toPush = new HashMap<>();
        long deadline = System.currentTimeMillis() + 90_000;
        while ((toInbox.size() < sentAt.size() || toPush.size() < sentAt.size())
                && System.currentTimeMillis() < deadline) {
            collect(base, specialist, sentAt, toInbox, toPush);
            // latencies come from the server's own timestamps, so a slow poll loses no precision; each inbox page is a
            // scan on the index-less stand-in, so polling every second would slow the intake being measured
            Thread.sleep(5_000);
        }
        String report = String.format(
                Locale.ROOT,
                "BENCH e sent=%d refused=%d%n%s%n%s%n",
                sentAt.size(),
                refused,
                line("event-to-inbox", toInbox, sentAt.size()),
                line("event-to-push", toPush, sentAt.size()));
        Files.writeString(result, report);
        System.out.print(report);
    }

    private static String assignTo(String username) {
        return "{\"username\":\"" + username + "\"}";
    }

    private static void subscribe(String base, String token, String endpoint) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        ECPublicKey key = (ECPublicKey) pair.getPublic();
        byte[] point = new byte[65];
        point[0] = 4;
        copyUnsigned(key.getW().getAffineX().toByteArray(), point, 1);
        copyUnsigned(key.getW().getAffineY().toByteArray(), point, 33);
        byte[] auth = new byte[16];
        new SecureRandom().nextBytes(auth);
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String body = "{\"endpoint\":\"" + endpoint + "\",\"keys\":{\"p256dh\":\"" + b64.encodeToString(point)
                + "\",\"auth\":\"" + b64.encodeToString(auth) + "\"}}";
        HttpResponse<String> answer = send(base, token, "POST", "/api/push-subscriptions", body);
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("push subscription refused: " + answer.statusCode() + " " + answer.body());
        }
    }

    private static void copyUnsigned(byte[] value, byte[] target, int offset) {
        int length = Math.min(value.length, 32);
        System.arraycopy(value, value.length - length, target, offset + 32 - length, length);
    }

    @SuppressWarnings("unchecked")
    private static void collect(
            String base, String token, Map<String, Long> sentAt, Map<String, Long> toInbox, Map<String, Long> toPush)
            throws IOException, InterruptedException {
        for (int page = 0; page < 20; page++) {
            HttpResponse<String> answer =
                    send(base, token, "GET", "/api/notifications?size=100&page=" + page, null);
            List<Document> items = Document.parse(answer.body()).getList("items", Document.class);
            if (items == null || items.isEmpty()) {
                return;
            }
            for (Document item : items) {
                String link = item.getString("link");
                if (!"enterprise.SpecialistAssigned".equals(item.getString("eventType")) || link == null) {
                    continue;
                }
                String firm = link.substring(link.lastIndexOf('/') + 1);
                Long sent = sentAt.get(firm);
                if (sent == null) {
                    continue;
                }
                long created = Instant.parse(item.getString("createdAt")).toEpochMilli();
                if (created < sent) {
                    continue;
                }
                toInbox.putIfAbsent(firm, created - sent);
                if (!toPush.containsKey(firm)) {
                    Document status = Document.parse(send(
                                    base, token, "GET", "/api/notifications/" + item.getString("id") + "/deliveries",
                                    null)
                            .body());
                    for (Document line : (List<Document>) status.get("deliveries", List.class)) {
                        if ("WEB_PUSH".equals(line.getString("channel"))
                                && "DELIVERED".equals(line.getString("status"))
                                && line.getString("at") != null) {
                            toPush.put(firm, Instant.parse(line.getString("at")).toEpochMilli() - sent);
                        }
                    }
                }
            }
        }
    }

    private static String line(String name, Map<String, Long> latencies, int expected) {
        List<Long> sorted = new ArrayList<>(latencies.values());
        sorted.sort(Long::compare);
        if (sorted.isEmpty()) {
            return String.format(Locale.ROOT, "BENCH %s n=0 of %d", name, expected);
        }
        return String.format(
                Locale.ROOT,
                "BENCH %s n=%d of %d p50=%d p90=%d p95=%d p99=%d max=%d",
                name,
                sorted.size(),
                expected,
                percentile(sorted, 50),
                percentile(sorted, 90),
                percentile(sorted, 95),
                percentile(sorted, 99),
                sorted.get(sorted.size() - 1));
    }

    private static long percentile(List<Long> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static HttpResponse<String> send(String base, String token, String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(15))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
