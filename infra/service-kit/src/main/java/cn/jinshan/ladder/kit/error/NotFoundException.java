package cn.jinshan.ladder.kit.error;

/** The requested object does not exist or is not visible to the caller (answered as 404, no existence oracle). */
public class NotFoundException extends RuntimeException {

    private final String resource;

    public NotFoundException(String resource, String id) {
        super(resource + " " + id + " was not found");
        this.resource = resource;
    }

    public String resource() {
        return resource;
    }
}
