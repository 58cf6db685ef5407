package cn.jinshan.ladder.enterprise.cohort.adapter.out.rest;

/** A call to certification-service failed in a way worth retrying (I/O error, timeout, 5xx, unreadable answer). */
public class CertificationCallFailed extends RuntimeException {

    CertificationCallFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
