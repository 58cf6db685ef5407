package cn.jinshan.ladder.notification.inbox.application;

import cn.jinshan.ladder.kit.security.CurrentUser;
import cn.jinshan.ladder.notification.inbox.domain.Reader;
import java.util.stream.Collectors;

/** Turns the caller of a request into the reader of an inbox. */
public final class Readers {

    private Readers() {}

    public static Reader of(CurrentUser user) {
        return new Reader(
                user.subject(),
                user.username(),
                user.roles().stream().map(Enum::name).collect(Collectors.toSet()),
                user.enterpriseId());
    }
}
