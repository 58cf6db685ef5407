package cn.jinshan.ladder.kit.events;

/** A record that can never be processed (not JSON, no envelope, payload of the wrong shape): sent to the DLT at once. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
