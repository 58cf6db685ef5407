package cn.jinshan.ladder.notification.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.kit.test.TestUser;
import cn.jinshan.ladder.notification.support.BrowserKeys;
import cn.jinshan.ladder.notification.support.PlatformIT;
import cn.jinshan.ladder.probes.MassAssignmentProbe;
import cn.jinshan.ladder.probes.MassAssignmentReport;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, security item 3: every write with a JSON body (preferences, push subscriptions, rules) refuses each field
 * the server owns with a 400 naming it as {@code unknown}, and the caller's state reads back unchanged. The server
 * owns who the caller is (taken from the token), the ids, times, read/archive state, deliveries and outcomes, the
 * rule's event type (the path names it) and the preferences' time zone.
 */
class MassAssignmentIT extends PlatformIT {

    private static final String RULE_TYPE = "certification.MassAssignmentProbed";
    private static final String RULE = """
            {"enabled":true,"recipients":["ADMINS"],"category":"SYSTEM","priority":"LOW",
             "title":{"zh":"探测","en":"Probe"},"body":{"zh":"探测 {aggregateId}","en":"Probe {aggregateId}"},
             "link":"/applications/{aggregateId}"}""";

    @Test
    void noServerOwnedFieldIsTakenFromAWriteBody() {
        TestUser admin = TestUser.admin();
        String token = tokenOf(admin);
        assertThat(api().put("/api/admin/notification-rules/" + RULE_TYPE, token, RULE)
                        .statusCode())
                .isEqualTo(200);
        BrowserKeys keys = new BrowserKeys();
        String subscription = """
                {"endpoint":"http://localhost:9/push/%s","expirationTime":null,"keys":{"p256dh":"%s","auth":"%s"}}""".formatted(UUID.randomUUID(), keys.p256dh(), keys.auth());
        String preferences = """
                {"channels":{"REVIEW":["INBOX","WEB_PUSH"]},"quietHours":{"enabled":true,"start":"22:00","end":"07:00"},
                 "criticalBypassesQuietHours":true,"dailyDigest":false,"digestHour":8}""";

        MassAssignmentReport report = MassAssignmentProbe.forService("notification-service", api())
                .as(issuer(), admin)
                .onlyPaths("/api/")
                .body("PUT /api/preferences", preferences)
                .body("POST /api/push-subscriptions", subscription)
                .body("PUT /api/admin/notification-rules/{eventType}", RULE)
                .pathValue("eventType", RULE_TYPE)
                .serverOwned(
                        "subject",
                        "username",
                        "recipient",
                        "ownerId",
                        "enterpriseId",
                        "roles",
                        "addresses",
                        "language",
                        "eventType",
                        "timeZone",
                        "deliveries",
                        "readAt",
                        "archivedAt",
                        "readBy",
                        "archivedBy",
                        "read",
                        "archived",
                        "channel",
                        "attempts",
                        "outcome",
                        "delivered",
                        "sourceEventId",
                        "unreadCount",
                        "auth",
                        "p256dh",
                        "endpointHost")
                .readBack(
                        "PUT /api/preferences",
                        () -> api().get("/api/preferences", token).body())
                .readBack(
                        "POST /api/push-subscriptions",
                        () -> api().get("/api/push-subscriptions", token).body())
                .readBack(
                        "PUT /api/admin/notification-rules/{eventType}",
                        () -> api().get("/api/admin/notification-rules/" + RULE_TYPE, token)
                                .body())
                .run();

        assertThat(report.operations()).isEqualTo(3);
        assertThat(report.injections()).isGreaterThan(100);
        report.assertClean();
    }
}
