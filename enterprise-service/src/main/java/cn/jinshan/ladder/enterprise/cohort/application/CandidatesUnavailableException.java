package cn.jinshan.ladder.enterprise.cohort.application;

/** certification-service could not tell the candidates now (down, slow, failing or its circuit open). */
public class CandidatesUnavailableException extends RuntimeException {

    public CandidatesUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
