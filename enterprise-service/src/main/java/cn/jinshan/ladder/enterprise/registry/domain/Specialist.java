package cn.jinshan.ladder.enterprise.registry.domain;

/**
 * The service specialist (服务专员) who accompanies a firm, known by username and, once they have signed in, by
 * Keycloak subject; portfolio queries match either.
 */
public record Specialist(String subject, String username) {

    public boolean isCaller(String callerSubject, String callerUsername) {
        return (subject != null && subject.equals(callerSubject))
                || (username != null && username.equals(callerUsername));
    }
}
