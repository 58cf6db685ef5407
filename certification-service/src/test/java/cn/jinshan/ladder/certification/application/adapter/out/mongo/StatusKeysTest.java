package cn.jinshan.ladder.certification.application.adapter.out.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.certification.application.domain.ApplicationStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusKeysTest {

    @Test
    void anApplicationKeepsItsShardAcrossStatusesAndIsRemovedFromEveryOtherStatus() {
        String id = "926b637f-2acf-48db-814f-6de7a26971e6";
        String submitted = StatusKeys.of(ApplicationStatus.SUBMITTED, id);
        String shard = submitted.substring(submitted.indexOf(':'));

        List<String> others = StatusKeys.otherThan(ApplicationStatus.SUBMITTED, id);

        assertThat(submitted).startsWith("SUBMITTED:");
        assertThat(StatusKeys.of(ApplicationStatus.APPROVED, id)).isEqualTo("APPROVED" + shard);
        assertThat(others).hasSize(ApplicationStatus.values().length - 1).doesNotContain(submitted);
        assertThat(others).allMatch(key -> key.endsWith(shard));
    }

    @Test
    void aStatusIsReadFromAllItsShards() {
        List<String> keys = StatusKeys.all(List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.PUBLICITY));

        assertThat(keys).hasSize(2 * StatusKeys.SHARDS).doesNotHaveDuplicates();
        assertThat(keys).contains("SUBMITTED:0", "PUBLICITY:" + (StatusKeys.SHARDS - 1));
    }
}
