package cn.jinshan.ladder.notification.push.adapter.out.http;

/** The push service did not take the message this time (timeout, connection error, 429 or 5xx): worth a retry. */
class PushServiceUnavailableException extends RuntimeException {

    PushServiceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
