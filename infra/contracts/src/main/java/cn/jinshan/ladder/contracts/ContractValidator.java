package cn.jinshan.ladder.contracts;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks Ladder events against their contracts: the envelope schema, then the payload schema
 * {@code contracts/schemas/<type>.v<version>.schema.json}, with {@code uuid} and {@code date-time} formats asserted.
 * Thread-safe; create one and share it.
 */
public final class ContractValidator {

    /** Prefix of every schema's {@code $id}; resolved from the class path, never fetched. */
    static final String SCHEMA_ID_BASE = "https://ladder.jinshan.gov.cn/contracts/schemas/";

    static final String ENVELOPE_SCHEMA = "envelope.v1.schema.json";

    private final ContractResources resources;
    private final SchemaRegistry registry;
    private final Schema envelope;
    private final Map<EventContract, Optional<Schema>> payloadSchemas = new ConcurrentHashMap<>();
    private final JsonMapper mapper = JsonMapper.builder().build();

    public ContractValidator() {
        this(ContractValidator.class.getClassLoader());
    }

    ContractValidator(ClassLoader classLoader) {
        this.resources = new ContractResources(classLoader);
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_POINTER)
                .locale(Locale.ENGLISH)
                .build();
        this.registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config).schemas(this::schemaText));
        this.envelope = schema(ENVELOPE_SCHEMA)
                .orElseThrow(() -> new IllegalStateException(
                        "missing " + ContractResources.SCHEMAS + ENVELOPE_SCHEMA + " on the class path"));
    }

    /** Every way the event (a JSON envelope) breaks its contract; empty when it keeps it. */
    public List<Violation> validate(String eventJson) {
        Objects.requireNonNull(eventJson, "eventJson");
        JsonNode event;
        try {
            event = mapper.readTree(eventJson);
        } catch (JacksonException e) {
            return List.of(new Violation("", "json", "not well-formed JSON: " + e.getOriginalMessage()));
        }
        List<Violation> violations = new ArrayList<>(violations(envelope, event, ""));
        contractOf(event).ifPresent(contract -> violations.addAll(payloadViolations(contract, event.get("payload"))));
        return List.copyOf(violations);
    }

    /** The example event of a contract, from {@code contracts/examples/<type>.v<version>.json}. */
    public String exampleFor(String type, int version) {
        EventContract contract = new EventContract(type, version);
        return resources
                .read(ContractResources.EXAMPLES + contract.exampleFile())
                .orElseThrow(() -> new IllegalArgumentException("no example for " + contract + ": expected "
                        + ContractResources.EXAMPLES + contract.exampleFile()));
    }

    /** The contracts whose payload schemas are present, ordered by type then version. */
    public List<EventContract> knownEventTypes() {
        return resources.list(ContractResources.SCHEMAS).stream()
                .map(EventContract::fromSchemaFile)
                .flatMap(Optional::stream)
                .sorted()
                .toList();
    }

    private List<Violation> payloadViolations(EventContract contract, JsonNode payload) {
        return payloadSchemas
                .computeIfAbsent(contract, key -> schema(key.schemaFile()))
                .map(schema -> violations(schema, payload, "/payload"))
                .orElseGet(() -> List.of(new Violation(
                        "/type",
                        "contract",
                        "no contract for " + contract + ": expected " + ContractResources.SCHEMAS
                                + contract.schemaFile())));
    }

    private static Optional<EventContract> contractOf(JsonNode event) {
        JsonNode type = event.path("type");
        JsonNode version = event.path("version");
        boolean wellFormed = type.isString()
                && EventContract.TYPE.matcher(type.stringValue()).matches()
                && version.isIntegralNumber()
                && version.canConvertToInt()
                && version.intValue() >= 1
                && event.path("payload").isObject();
        return wellFormed ? Optional.of(new EventContract(type.stringValue(), version.intValue())) : Optional.empty();
    }

    private static List<Violation> violations(Schema schema, JsonNode instance, String prefix) {
        return schema.validate(instance).stream()
                .map(error -> toViolation(error, prefix))
                .toList();
    }

    private static Violation toViolation(Error error, String prefix) {
        String field = prefix + error.getInstanceLocation();
        if (error.getProperty() != null) {
            field = field + "/" + error.getProperty();
        }
        return new Violation(field, error.getKeyword(), error.getMessage());
    }

    private Optional<Schema> schema(String fileName) {
        if (resources.read(ContractResources.SCHEMAS + fileName).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(registry.getSchema(SchemaLocation.of(SCHEMA_ID_BASE + fileName)));
    }

    private String schemaText(String iri) {
        if (!iri.startsWith(SCHEMA_ID_BASE)) {
            return null;
        }
        return resources
                .read(ContractResources.SCHEMAS + iri.substring(SCHEMA_ID_BASE.length()))
                .orElse(null);
    }
}
