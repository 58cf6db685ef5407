package cn.jinshan.ladder.notification.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.KafkaProbe;
import cn.jinshan.ladder.kit.test.TestUser;
import cn.jinshan.ladder.notification.directory.application.RecipientDirectory;
import cn.jinshan.ladder.notification.push.application.DeliveryLog;
import cn.jinshan.ladder.notification.reminders.application.DyingReplica;
import cn.jinshan.ladder.notification.reminders.application.DyingReplica.FaultPoint;
import cn.jinshan.ladder.notification.reminders.application.ReminderBook;
import cn.jinshan.ladder.notification.reminders.application.ReminderFiring;
import cn.jinshan.ladder.notification.reminders.application.ReminderOutlet;
import cn.jinshan.ladder.notification.reminders.application.ReminderStore;
import cn.jinshan.ladder.notification.support.BrowserKeys;
import cn.jinshan.ladder.notification.support.ContractEvents;
import cn.jinshan.ladder.notification.support.Inboxes;
import cn.jinshan.ladder.notification.support.PlatformIT;
import cn.jinshan.ladder.notification.support.Providers;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 8, reliability 7: a replica takes the firing lease and dies at a seeded point while firing; a second replica
 * takes over once the lease and the claim have expired. Every reminder ends {@code FIRED} with exactly one inbox item
 * and exactly one push.
 */
class RemindersRestartIT extends PlatformIT {

    private static final long SEED = 20261129L;
    private static final int ROUNDS = 8;
    private static final int FIRMS_PER_ROUND = 2;
    private static final int REMINDERS_PER_FIRM = 3;
    private static final Instant ALL_DUE = Instant.parse("2029-06-23T01:01:00Z");
    private static final String LEASE = "reminder-firing";
    private static final Duration LEASE_OF_A = Duration.ofSeconds(1);

    @Autowired
    ReminderFiring firing;

    @Autowired
    ReminderStore store;

    @Autowired
    ReminderBook book;

    @Autowired
    RecipientDirectory directory;

    @Autowired
    ReminderOutlet outlet;

    @Autowired
    LockProvider locks;

    @Autowired
    DeliveryLog deliveries;

    /** A firm whose user subscribed a browser at its own push path. */
    record Firm(String enterpriseId, TestUser user, String pushPath) {}

    @Autowired
    CircuitBreakerRegistry breakers;

    /** Pushes that failed for good on a loaded machine must not leave the shared breakers' windows to later tests. */
    @AfterEach
    void resetClockAndBreakers() {
        clock.reset();
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    @Test
    void aReplicaDyingAtTheDueTimeLosesAndDuplicatesNothing() {
        Random random = new Random(SEED);
        List<Firm> all = new ArrayList<>();
        int crashes = 0;
        long slowestTakeover = 0;
        for (int round = 0; round < ROUNDS; round++) {
            clock.reset();
            List<Firm> firms = new ArrayList<>();
            for (int i = 0; i < FIRMS_PER_ROUND; i++) {
                firms.add(subscribedFirmWithExpiringCertificate());
            }
            firms.forEach(firm -> awaitStatuses(firm, "PENDING", "PENDING", "PENDING"));
            clock.setTo(ALL_DUE);

            FaultPoint point = FaultPoint.values()[random.nextInt(FaultPoint.values().length)];
            int victim = 1 + random.nextInt(FIRMS_PER_ROUND * REMINDERS_PER_FIRM);
            SimpleLock leaseOfA = takeLease(LEASE_OF_A);
            boolean died = new DyingReplica(store, book, directory, outlet, clock, point, victim).fireDue();
            if (died) {
                crashes++;
            } else {
                leaseOfA.unlock();
            }

            long waitingSince = System.nanoTime();
            SimpleLock leaseOfB = takeLease(Duration.ofMinutes(5));
            slowestTakeover = Math.max(slowestTakeover, (System.nanoTime() - waitingSince) / 1_000_000);
            clock.advance(DyingReplica.CLAIM_TAKEOVER.plusMinutes(1));
            firing.fireDue();
            leaseOfB.unlock();
            all.addAll(firms);
        }

        int lost = 0;
        int duplicates = 0;
        int transportRetries = 0;
        int fellBack = 0;
        for (Firm firm : all) {
            assertThat(statuses(firm)).containsExactly("FIRED", "FIRED", "FIRED");
            List<String> items = reminderItemIds(firm);
            List<String> pushed = pushedItemIds(firm);
            assertThat(items).hasSize(REMINDERS_PER_FIRM);
            for (String item : items) {
                long requests = pushed.stream().filter(item::equals).count();
                int retried = failedTries(item);
                boolean failedForGood = pushFailedForGood(item);
                fellBack += requests == 0 && failedForGood ? 1 : 0;
                lost += requests == 0 && !failedForGood ? 1 : 0;
                duplicates += (int) Math.max(0, requests - 1 - retried);
                transportRetries += (int) Math.max(0, requests - 1);
            }
        }
        System.out.printf(
                "RELIABILITY reminders-restart rounds=%d reminders=%d crashes=%d lost=%d duplicates=%d"
                        + " transport-retries=%d push-failed-fell-back=%d lease-takeover-max=%dms seed=%d%n",
                ROUNDS,
                all.size() * REMINDERS_PER_FIRM,
                crashes,
                lost,
                duplicates,
                transportRetries,
                fellBack,
                slowestTakeover,
                SEED);
        assertThat(crashes).isGreaterThanOrEqualTo(ROUNDS / 2);
        assertThat(lost).isZero();
        assertThat(duplicates).isZero();
        assertThat(slowestTakeover).isLessThan(15_000);
    }

    /** Waits for the firing lease (a dead holder's lease runs out at its lockAtMostFor). */
    /**
     * Tries of the item's push that failed in transport (a timeout after the push service may have taken it) and
     * were retried by the sender: the one way a push service can see an item twice, with the same Topic, so it
     * replaces rather than adds; not a duplicate caused by a crash.
     */
    private int failedTries(String item) {
        return (int) deliveries.of(item).stream()
                .filter(entry ->
                        "WEB_PUSH".equals(entry.channel()) && !entry.last() && "FAILED".equals(entry.outcome()))
                .count();
    }

    /**
     * Whether the push service failed the item's push for good (timeouts or 5xx through every retry, or the breaker
     * open on this loaded machine): the item then falls back to the group robot ({@code FallbackIT}), it is not lost.
     */
    private boolean pushFailedForGood(String item) {
        return deliveries.of(item).stream()
                .anyMatch(entry ->
                        "WEB_PUSH".equals(entry.channel()) && entry.last() && "FAILED".equals(entry.outcome()));
    }

    private SimpleLock takeLease(Duration atMostFor) {
        SimpleLock[] taken = new SimpleLock[1];
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    Optional<SimpleLock> lock =
                            locks.lock(new LockConfiguration(Instant.now(), LEASE, atMostFor, Duration.ZERO));
                    lock.ifPresent(l -> taken[0] = l);
                    return lock.isPresent();
                });
        return taken[0];
    }

    private Firm subscribedFirmWithExpiringCertificate() {
        String enterpriseId = ContractEvents.newCreditCode();
        TestUser user = TestUser.enterprise(enterpriseId);
        BrowserKeys keys = new BrowserKeys();
        String path = "/push/reminders/" + UUID.randomUUID();
        String body = """
                {"endpoint":"%s","keys":{"p256dh":"%s","auth":"%s"}}""".formatted(Providers.pushEndpoint(path, 201), keys.p256dh(), keys.auth());
        HttpResponse<String> created = api().post("/api/push-subscriptions", tokenOf(user), body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        ContractEvents.Built issued = ContractEvents.from(
                "certification.CertificateIssued",
                1,
                "cert-" + UUID.randomUUID(),
                Map.of(
                        "enterpriseId",
                        enterpriseId,
                        "certificateId",
                        UUID.randomUUID().toString(),
                        "validUntil",
                        "2029-06-30"));
        KafkaProbe.send("certification.events", issued.key(), issued.json());
        return new Firm(enterpriseId, user, path);
    }

    private void awaitStatuses(Firm firm, String... expected) {
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(statuses(firm)).containsExactlyInAnyOrder(expected));
    }

    private List<String> statuses(Firm firm) {
        return ApiClient.json(
                        api().get("/api/reminders?enterpriseId=" + firm.enterpriseId(), tokenOf(TestUser.official())))
                .valueStream()
                .map(reminder -> reminder.get("status").asString())
                .toList();
    }

    private List<String> reminderItemIds(Firm firm) {
        return new Inboxes(api())
                .items(firm.user()).stream()
                        .filter(item -> item.get("category").asString().equals("REMINDER"))
                        .map(item -> item.get("id").asString())
                        .toList();
    }

    /**
     * The item each push to the firm carried, read from its Topic header (the item id without dashes); the firm's
     * other items (the certificate's own notice) are pushed too and left out by the caller.
     */
    private static List<String> pushedItemIds(Firm firm) {
        return Providers.pushesTo(firm.pushPath()).stream()
                .map(LoggedRequest::getHeaders)
                .map(headers -> headers.getHeader("Topic").firstValue())
                .map(RemindersRestartIT::withDashes)
                .toList();
    }

    private static String withDashes(String topic) {
        return UUID.fromString(topic.replaceFirst(
                        "(\\p{XDigit}{8})(\\p{XDigit}{4})(\\p{XDigit}{4})(\\p{XDigit}{4})(\\p{XDigit}+)",
                        "$1-$2-$3-$4-$5"))
                .toString();
    }
}
