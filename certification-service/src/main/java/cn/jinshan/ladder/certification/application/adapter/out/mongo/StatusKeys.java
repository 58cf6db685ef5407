package cn.jinshan.ladder.certification.application.adapter.out.mongo;

import cn.jinshan.ladder.certification.application.domain.ApplicationStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The keys of {@code status_applications}: {@code <STATUS>:<shard>}, the shard taken from the application id, so no
 * index document grows with the whole district and a transition rewrites one small document per status.
 */
final class StatusKeys {

    static final int SHARDS = 32;

    private StatusKeys() {}

    static String of(ApplicationStatus status, String applicationId) {
        return of(status.name(), applicationId);
    }

    static String of(String status, String applicationId) {
        return status + ":" + Math.floorMod(applicationId.hashCode(), SHARDS);
    }

    /** Every key of the statuses (all their shards). */
    static List<String> all(Collection<ApplicationStatus> statuses) {
        List<String> keys = new ArrayList<>();
        for (ApplicationStatus status : statuses) {
            for (int shard = 0; shard < SHARDS; shard++) {
                keys.add(status.name() + ":" + shard);
            }
        }
        return keys;
    }

    /** The application's keys under every other status (where a transition's earlier status left it). */
    static List<String> otherThan(ApplicationStatus current, String applicationId) {
        return Arrays.stream(ApplicationStatus.values())
                .filter(status -> status != current)
                .map(status -> of(status, applicationId))
                .toList();
    }
}
