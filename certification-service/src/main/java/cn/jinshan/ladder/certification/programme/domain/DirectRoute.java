package cn.jinshan.ladder.certification.programme.domain;

import java.util.List;

/** A direct route (直通): when any one of its criteria holds, the score requirement is waived. */
public record DirectRoute(String id, String description, List<Criterion> when) {

    public DirectRoute {
        when = when == null ? List.of() : List.copyOf(when);
    }
}
