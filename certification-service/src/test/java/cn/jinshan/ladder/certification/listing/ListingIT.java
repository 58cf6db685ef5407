package cn.jinshan.ladder.certification.listing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.certification.CertificationIT;
import cn.jinshan.ladder.certification.EventsOnTopic;
import cn.jinshan.ladder.contracts.ContractValidator;
import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.TestUser;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ListingIT extends CertificationIT {

    private static final ContractValidator CONTRACTS = new ContractValidator();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private HttpResponse<String> milestone(String firm, String body) {
        return api().post("/api/listings/" + firm + "/milestones", token(TestUser.official()), body);
    }

    private static String body(String board, String milestone, LocalDate on) {
        return board == null
                ? "{\"milestone\":\"%s\",\"reachedOn\":\"%s\"}".formatted(milestone, on)
                : "{\"board\":\"%s\",\"milestone\":\"%s\",\"reachedOn\":\"%s\"}".formatted(board, milestone, on);
    }

    @Test
    void subsidisedMilestonesAreAnnouncedAndTheIpoIssuesAListingCertificate() {
        String firm = "91310116MA1L000101";
        try (EventsOnTopic events = new EventsOnTopic()) {
            assertThat(milestone(firm, body("STAR_MARKET", "RESERVE_POOL", TODAY.minusDays(400)))
                            .statusCode())
                    .isEqualTo(200);
            assertThat(milestone(firm, body(null, "SHAREHOLDING_REFORM", TODAY.minusDays(300)))
                            .statusCode())
                    .isEqualTo(200);
            String reform = events.await(firm, "certification.ListingMilestoneReached");
            assertThat(CONTRACTS.validate(reform)).isEmpty();
            assertThat(EventsOnTopic.payload(reform).get("subsidyWan").asInt()).isEqualTo(30);
            assertThat(EventsOnTopic.payload(reform).get("milestoneName").asString())
                    .isEqualTo("股改");

            for (String stage : new String[] {
                "TUTORING_FILING",
                "TUTORING_ACCEPTANCE",
                "APPLICATION_ACCEPTED",
                "REVIEW_INQUIRY",
                "LISTING_COMMITTEE",
                "REGISTRATION"
            }) {
                assertThat(milestone(firm, body(null, stage, TODAY.minusDays(30)))
                                .statusCode())
                        .isEqualTo(200);
            }
            HttpResponse<String> listed = milestone(firm, body(null, "LISTED", TODAY));

            assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
            JsonNode pipeline = ApiClient.json(listed);
            assertThat(pipeline.get("completed").asBoolean()).isTrue();
            assertThat(pipeline.get("milestones").size()).isEqualTo(9);
            JsonNode certificates =
                    ApiClient.json(api().get("/api/certificates?enterpriseId=" + firm, token(TestUser.official())));
            assertThat(certificates).hasSize(1);
            String certificateId = certificates.get(0).get("id").asString();
            assertThat(certificates.get(0).get("programme").asString()).isEqualTo("LISTING");
            String issued = events.await(certificateId, "certification.CertificateIssued");
            assertThat(CONTRACTS.validate(issued)).isEmpty();
            assertThat(EventsOnTopic.payload(issued).get("enterpriseId").asString())
                    .isEqualTo(firm);
        }
    }

    @Test
    void milestonesOutOfOrderInTheFutureOrOffTheBoardAreRejectedNamingTheField() {
        String firm = "91310116MA1L000102";
        milestone(firm, body("NEEQ", "SHAREHOLDING_REFORM", TODAY.minusDays(10)));

        HttpResponse<String> backwards = milestone(firm, body(null, "RESERVE_POOL", TODAY.minusDays(5)));
        HttpResponse<String> future = milestone(firm, body(null, "QUOTED", TODAY.plusDays(1)));
        HttpResponse<String> offBoard = milestone(firm, body(null, "REVIEW_INQUIRY", TODAY));
        HttpResponse<String> unknown = milestone(firm, body(null, "IPO", TODAY));
        HttpResponse<String> byFirm = api().post(
                        "/api/listings/" + firm + "/milestones",
                        token(TestUser.enterprise(firm)),
                        body(null, "QUOTED", TODAY));

        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("milestone").contains("order");
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(future.body()).contains("reachedOn").contains("notFuture");
        assertThat(offBoard.statusCode()).isEqualTo(400);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(byFirm.statusCode()).isEqualTo(403);
        assertThat(milestone(firm, body(null, "QUOTED", TODAY)).statusCode()).isEqualTo(200);
    }

    @Test
    void aFirmReadsOnlyItsOwnPipeline() {
        String owner = "91310116MA1L000103";
        String other = "91310116MA1L000104";
        milestone(owner, body("MAIN_BOARD", "RESERVE_POOL", TODAY));

        HttpResponse<String> own = api().get("/api/listings/" + owner, token(TestUser.enterprise(owner)));
        HttpResponse<String> foreign = api().get("/api/listings/" + owner, token(TestUser.enterprise(other)));
        JsonNode mine = ApiClient.json(api().get("/api/listings", token(TestUser.enterprise(owner))));

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(own).get("board").asString()).isEqualTo("MAIN_BOARD");
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(mine).extracting(p -> p.get("enterpriseId").asString()).containsExactly(owner);
    }
}
