package cn.jinshan.ladder.kit.problem;

import java.net.URI;

/** Stable {@code type} URIs of the problems Ladder answers with (RFC 9457). */
public final class ProblemTypes {

    public static final String BASE = "https://ladder.jinshan.gov.cn/problems/";
    public static final URI VALIDATION = URI.create(BASE + "validation");
    public static final URI BAD_REQUEST = URI.create(BASE + "bad-request");
    public static final URI NOT_FOUND = URI.create(BASE + "not-found");
    public static final URI CONFLICT = URI.create(BASE + "conflict");
    public static final URI FORBIDDEN = URI.create(BASE + "forbidden");
    public static final URI UNAUTHORIZED = URI.create(BASE + "unauthorized");
    public static final URI UNAVAILABLE = URI.create(BASE + "unavailable");
    public static final URI INTERNAL = URI.create(BASE + "internal");

    private ProblemTypes() {}
}
