package cn.jinshan.ladder.certification.enterprise.adapter.out.rest;

/** A call to enterprise-service failed in a way worth retrying (I/O error, timeout, 5xx). */
public class EnterpriseServiceCallFailed extends RuntimeException {

    EnterpriseServiceCallFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
