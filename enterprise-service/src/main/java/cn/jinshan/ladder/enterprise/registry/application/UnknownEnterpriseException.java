package cn.jinshan.ladder.enterprise.registry.application;

/** An event names an enterprise this service has never registered; retrying cannot help. */
public class UnknownEnterpriseException extends RuntimeException {

    public UnknownEnterpriseException(String enterpriseId) {
        super("no enterprise " + enterpriseId + " is registered");
    }
}
