package cn.jinshan.ladder.kit.error;

/** A service or store this request needs is down or too slow (answered as 503 naming it). */
public class DependencyUnavailableException extends RuntimeException {

    private final String dependency;

    public DependencyUnavailableException(String dependency, String message, Throwable cause) {
        super(message, cause);
        this.dependency = dependency;
    }

    public String dependency() {
        return dependency;
    }
}
