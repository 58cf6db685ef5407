package cn.jinshan.ladder.notification.channels.adapter.out.http;

/** A provider did not take the message this time (timeout, connection error, 429 or 5xx): worth a retry. */
class ProviderUnavailableException extends RuntimeException {

    ProviderUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
