package cn.jinshan.ladder.certification.application.domain;

/** A transition the application's current state does not allow. */
public class IllegalTransitionException extends RuntimeException {

    public IllegalTransitionException(String message) {
        super(message);
    }
}
