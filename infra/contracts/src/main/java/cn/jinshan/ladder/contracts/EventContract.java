package cn.jinshan.ladder.contracts;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An event type and the version of its payload schema, e.g. {@code enterprise.EnterpriseRegistered} v1. */
public record EventContract(String type, int version) implements Comparable<EventContract> {

    static final Pattern TYPE = Pattern.compile("[a-z]+\\.[A-Z][A-Za-z]+");
    private static final Pattern SCHEMA_FILE =
            Pattern.compile("(" + TYPE.pattern() + ")\\.v([1-9][0-9]{0,8})\\.schema\\.json");
    private static final Comparator<EventContract> ORDER =
            Comparator.comparing(EventContract::type).thenComparingInt(EventContract::version);

    public EventContract {
        if (type == null || !TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("event type must look like <service>.<PastTenseName>, was " + type);
        }
        if (version < 1) {
            throw new IllegalArgumentException("event version must be at least 1, was " + version);
        }
    }

    /** The contract a payload schema file name stands for, if the name follows the layout. */
    static Optional<EventContract> fromSchemaFile(String fileName) {
        Matcher matcher = SCHEMA_FILE.matcher(fileName);
        return matcher.matches()
                ? Optional.of(new EventContract(matcher.group(1), Integer.parseInt(matcher.group(2))))
                : Optional.empty();
    }

    /** {@code <type>.v<version>}, the key of the contract's message in {@code asyncapi.yaml}. */
    public String key() {
        return type + ".v" + version;
    }

    /** File name of the payload schema under {@code contracts/schemas/}. */
    public String schemaFile() {
        return key() + ".schema.json";
    }

    /** File name of the example event under {@code contracts/examples/}. */
    public String exampleFile() {
        return key() + ".json";
    }

    @Override
    public int compareTo(EventContract other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return key();
    }
}
