package cn.jinshan.ladder.kit.error;

/** The request contradicts the current state (illegal transition, duplicate key, stale version): answered as 409. */
public class ConflictException extends RuntimeException {

    private final String code;

    public ConflictException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** A stable machine-readable reason, e.g. {@code duplicate-credit-code}. */
    public String code() {
        return code;
    }
}
