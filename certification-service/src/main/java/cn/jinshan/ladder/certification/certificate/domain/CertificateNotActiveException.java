package cn.jinshan.ladder.certification.certificate.domain;

/** Only an active certificate can be revoked or expire. */
public class CertificateNotActiveException extends RuntimeException {

    public CertificateNotActiveException(String message) {
        super(message);
    }
}
