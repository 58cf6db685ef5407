package cn.jinshan.ladder.enterprise.cohort.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.enterprise.CreditCodes;
import cn.jinshan.ladder.enterprise.EnterpriseIntegrationTest;
import cn.jinshan.ladder.enterprise.cohort.domain.ApplicationTrack;
import cn.jinshan.ladder.enterprise.cohort.domain.Fact;
import cn.jinshan.ladder.enterprise.targets.domain.Indicator;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Buckets and pipelines read once are served from memory while their stamp is unchanged, and read again as soon as
 * a filing on any instance (here: a second store on the same database) raised it or a rebuild drew a new epoch.
 */
class StampedReadsIT extends EnterpriseIntegrationTest {

    private static final int YEAR = 2031;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aBucketIsReadAgainOnlyWhenAFilingOnAnyInstanceRaisedItsStampOrARebuildDrewANewEpoch() {
        MongoFactStore here = new MongoFactStore(mongo);
        MongoFactStore there = new MongoFactStore(mongo);
        String firm = CreditCodes.next();
        Fact first = entered(firm + ":1", firm);
        assertThat(there.append(firm, 0, List.of(first))).isTrue();
        assertThat(ids(here.bucket(Indicator.HEADQUARTERS, YEAR))).contains(first.id());

        Fact second = entered(firm + ":2", firm);
        there.refile(List.of(second));
        assertThat(ids(here.bucket(Indicator.HEADQUARTERS, YEAR)))
                .as("another instance's filing is seen at once")
                .contains(first.id(), second.id());

        String bucket = FactDocuments.bucketId(Indicator.HEADQUARTERS, YEAR);
        mongo.getCollection(MongoFactStore.BUCKETS)
                .updateOne(Filters.eq("_id", bucket), Updates.pull("facts", new Document("id", second.id())));
        assertThat(ids(here.bucket(Indicator.HEADQUARTERS, YEAR)))
                .as("unchanged stamp: served from memory, not read again")
                .contains(second.id());

        mongo.getCollection(MongoFactStore.YEARS)
                .updateOne(
                        Filters.eq("_id", Indicator.HEADQUARTERS.name()),
                        Updates.set(MongoFactStore.EPOCH, UUID.randomUUID().toString()));
        assertThat(ids(here.bucket(Indicator.HEADQUARTERS, YEAR)))
                .as("a new epoch (what a rebuild writes): read again")
                .contains(first.id())
                .doesNotContain(second.id());
        there.refile(List.of(second));
        assertThat(ids(here.bucket(Indicator.HEADQUARTERS, YEAR))).contains(first.id(), second.id());
    }

    @Test
    void aProgrammesTracksAreReadAgainWhenAnyInstanceRecordedAnApplication() {
        MongoPipelineStore here = new MongoPipelineStore(mongo);
        MongoPipelineStore there = new MongoPipelineStore(mongo);
        String programme = "STAMP_TEST_" + UUID.randomUUID().toString().replace("-", "");
        ApplicationTrack.Transition applied =
                new ApplicationTrack.Transition(ApplicationTrack.Stage.APPLIED, Instant.now());
        there.record(programme, "app-1", CreditCodes.next(), applied);
        assertThat(here.tracks(programme)).hasSize(1);
        assertThat(here.programmes()).contains(programme);

        there.record(programme, "app-2", CreditCodes.next(), applied);
        assertThat(here.tracks(programme)).hasSize(2);

        mongo.getCollection(MongoPipelineStore.COLLECTION)
                .updateOne(Filters.eq("_id", programme), Updates.unset("apps.app-2"));
        assertThat(here.tracks(programme))
                .as("unchanged stamp: served from memory")
                .hasSize(2);
        there.record(programme, "app-3", CreditCodes.next(), applied);
        assertThat(here.tracks(programme))
                .extracting(ApplicationTrack::applicationId)
                .containsExactlyInAnyOrder("app-1", "app-3");
    }

    private static Fact entered(String id, String firm) {
        LocalDate on = LocalDate.of(YEAR, 5, 1);
        return new Fact(
                id,
                firm,
                Indicator.HEADQUARTERS,
                Fact.Kind.ENTERED,
                on,
                on,
                null,
                "上海戳记测试有限公司",
                "山阳镇",
                "新材料",
                null,
                null,
                Instant.now());
    }

    private static List<String> ids(List<Fact> facts) {
        return facts.stream().map(Fact::id).toList();
    }
}
