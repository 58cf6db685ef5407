package cn.jinshan.ladder.certification.enterprise.adapter.out.rest;

/**
 * enterprise-service answered, but not with what was asked (a 4xx other than 404, an unreadable body): asking again
 * would get the same answer, so it is neither retried nor counted by the circuit breaker.
 */
public class EnterpriseServiceRefused extends RuntimeException {

    EnterpriseServiceRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
