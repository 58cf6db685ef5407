package cn.jinshan.ladder.certification.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.certification.CertificationIT;
import cn.jinshan.ladder.certification.EnterpriseServiceStubs;
import cn.jinshan.ladder.certification.EventsOnTopic;
import cn.jinshan.ladder.certification.application.application.ReviewQueue;
import cn.jinshan.ladder.certification.programme.application.WindowAnnouncements;
import cn.jinshan.ladder.contracts.ContractValidator;
import cn.jinshan.ladder.kit.test.TestUser;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

class WindowAndOverdueEventsIT extends CertificationIT {

    private static final ContractValidator CONTRACTS = new ContractValidator();
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    WindowAnnouncements windows;

    @Autowired
    ReviewQueue queue;

    @Autowired
    MongoTemplate mongo;

    private Steps steps() {
        return new Steps(api());
    }

    @Test
    void openingADraftSaysWhichWindowItCanBeSubmittedInAndWhenThatCloses() {
        String firm = "91310116MA1W000101";
        EnterpriseServiceStubs.firm(ENTERPRISE_SERVICE, firm, "");
        LocalDate today = Steps.today();
        api().put(
                        "/api/programmes/SINGLE_CHAMPION/windows/it-next",
                        token(TestUser.admin()),
                        "{\"batch\":\"下一批\",\"opensOn\":\"%s\",\"closesOn\":\"%s\"}"
                                .formatted(today.plusDays(40), today.plusDays(60)));
        try (EventsOnTopic events = new EventsOnTopic()) {
            String id = steps().openDraft(firm, "SINGLE_CHAMPION");

            String event = events.await(id, "certification.ApplicationDraftOpened");
            assertThat(CONTRACTS.validate(event)).isEmpty();
            JsonNode payload = EventsOnTopic.payload(event);
            assertThat(payload.get("enterpriseId").asString()).isEqualTo(firm);
            assertThat(payload.get("windowId").asString()).isEqualTo("it-next");
            assertThat(payload.get("windowClosesOn").asString())
                    .isEqualTo(today.plusDays(60).toString());
            assertThat(payload.get("windowClosesAt").asString())
                    .isEqualTo(today.plusDays(61)
                            .atStartOfDay(SHANGHAI)
                            .toInstant()
                            .toString());
        }
    }

    @Test
    void theWindowScanAnnouncesAnOpeningOnceAndTheClosingDays() {
        LocalDate opens = LocalDate.of(2031, 3, 1);
        api().put(
                        "/api/programmes/HEADQUARTERS/windows/it-2031",
                        token(TestUser.admin()),
                        "{\"batch\":\"2031年\",\"opensOn\":\"%s\",\"closesOn\":\"%s\"}"
                                .formatted(opens, opens.plusDays(20)));
        String key = "HEADQUARTERS:it-2031";
        try (EventsOnTopic events = new EventsOnTopic()) {
            int first = windows.announce(opens);
            int again = windows.announce(opens.plusDays(1));
            windows.announce(opens.plusDays(17));

            assertThat(first).isGreaterThanOrEqualTo(1);
            assertThat(again).isZero();
            String opened = events.await(key, "certification.WindowOpened");
            String closing = events.await(key, "certification.WindowClosing");
            assertThat(CONTRACTS.validate(opened)).isEmpty();
            assertThat(CONTRACTS.validate(closing)).isEmpty();
            assertThat(EventsOnTopic.payload(opened).get("closesOn").asString()).isEqualTo("2031-03-21");
            assertThat(EventsOnTopic.payload(closing).get("daysLeft").asInt()).isEqualTo(3);
        }
    }

    @Test
    void anApplicationPastItsServiceLevelIsReportedOverdueOncePerStage() {
        String firm = "91310116MA1W000102";
        EnterpriseServiceStubs.firm(ENTERPRISE_SERVICE, firm, "");
        Steps steps = steps();
        steps.openWindow("TECH_CENTER_DISTRICT");
        String id = steps.openDraft(firm, "TECH_CENTER_DISTRICT");
        steps.ok(steps.submit(firm, id), "SUBMITTED");
        Date longAgo =
                Date.from(Steps.today().minusDays(30).atStartOfDay(SHANGHAI).toInstant());
        mongo.getCollection("applications")
                .updateOne(new Document("_id", id), new Document("$set", new Document("history.0.at", longAgo)));
        try (EventsOnTopic events = new EventsOnTopic()) {
            int first = queue.noticeOverdue();
            int again = queue.noticeOverdue();

            assertThat(first).isGreaterThanOrEqualTo(1);
            assertThat(again).isZero();
            String event = events.await(id, "certification.ReviewOverdue");
            assertThat(CONTRACTS.validate(event)).isEmpty();
            JsonNode payload = EventsOnTopic.payload(event);
            assertThat(payload.get("status").asString()).isEqualTo("SUBMITTED");
            assertThat(payload.get("enteredOn").asString())
                    .isEqualTo(Steps.today().minusDays(30).toString());
            assertThat(payload.get("daysOverdue").asInt()).isPositive();
        }
    }
}
