package cn.jinshan.ladder.enterprise;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Validates events against the schemas in infra/contracts (the working copy first, else the class path). */
final class Contracts {

    private static final Path SOURCE = Path.of("../infra/contracts/src/main/resources/contracts");
    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Contracts() {}

    /** Every violation of the envelope and the payload schema of its type and version. */
    static List<String> violations(String eventJson) {
        JsonNode event = JSON.readTree(eventJson);
        List<String> problems = new ArrayList<>();
        problems.addAll(check(schema("schemas/envelope.v1.schema.json"), eventJson));
        String key = event.get("type").asString() + ".v" + event.get("version").asInt();
        problems.addAll(check(
                schema("schemas/" + key + ".schema.json"), event.get("payload").toString()));
        return problems;
    }

    /** The example envelope of a type and version. */
    static String example(String type, int version) {
        return read("examples/" + type + ".v" + version + ".json");
    }

    static boolean hasSchema(String type, int version) {
        return Files.exists(SOURCE.resolve("schemas/" + type + ".v" + version + ".schema.json"));
    }

    private static List<String> check(Schema schema, String json) {
        return schema.validate(json, InputFormat.JSON).stream()
                .map(Error::toString)
                .toList();
    }

    private static Schema schema(String path) {
        return REGISTRY.getSchema(read(path));
    }

    private static String read(String path) {
        try {
            Path file = SOURCE.resolve(path);
            if (Files.exists(file)) {
                return Files.readString(file);
            }
            try (InputStream in = Contracts.class.getClassLoader().getResourceAsStream("contracts/" + path)) {
                if (in == null) {
                    throw new IllegalStateException("no contract file " + path);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
