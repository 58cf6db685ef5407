package cn.jinshan.ladder.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

class ContractsCatalogueTest {

    private static final ContractResources RESOURCES =
            new ContractResources(ContractsCatalogueTest.class.getClassLoader());
    private static final ContractValidator VALIDATOR = new ContractValidator();
    private static final JsonNode ASYNCAPI = YAMLMapper.builder()
            .build()
            .readTree(RESOURCES.read(ContractResources.ROOT + "asyncapi.yaml").orElseThrow());
    private static final Map<String, String> TOPICS = Map.of(
            "enterpriseEvents", "enterprise.events",
            "certificationEvents", "certification.events",
            "notificationEvents", "notification.events");

    @Test
    void everySchemaFileFollowsTheLayout() {
        SortedSet<String> files = RESOURCES.list(ContractResources.SCHEMAS);

        assertThat(files).contains(ContractValidator.ENVELOPE_SCHEMA);
        assertThat(files)
                .allSatisfy(file -> assertThat(file.equals(ContractValidator.ENVELOPE_SCHEMA)
                                || EventContract.fromSchemaFile(file).isPresent())
                        .as("%s is the envelope or <type>.v<version>.schema.json", file)
                        .isTrue());
    }

    @Test
    void everySchemaDeclaresDraft202012AndItsOwnId() {
        JsonMapper json = JsonMapper.builder().build();
        for (String file : RESOURCES.list(ContractResources.SCHEMAS)) {
            JsonNode schema = json.readTree(
                    RESOURCES.read(ContractResources.SCHEMAS + file).orElseThrow());
            assertThat(schema.path("$schema").stringValue())
                    .as("$schema of %s", file)
                    .isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(schema.path("$id").stringValue())
                    .as("$id of %s", file)
                    .isEqualTo(ContractValidator.SCHEMA_ID_BASE + file);
            assertThat(schema.path("additionalProperties").isBoolean()
                            && !schema.path("additionalProperties").booleanValue())
                    .as("%s declares additionalProperties: false", file)
                    .isTrue();
        }
    }

    @Test
    void everySchemaIsReferencedByTheAsyncApiDocument() {
        Set<String> referenced = referencedSchemaFiles(ASYNCAPI);

        assertThat(referenced).containsAll(RESOURCES.list(ContractResources.SCHEMAS));
        assertThat(RESOURCES.list(ContractResources.SCHEMAS))
                .as("schema files the AsyncAPI document refers to")
                .containsAll(referenced);
    }

    @Test
    void everyContractHasAMessageWithItsSchemaOnItsTopicAndDeadLetterTopic() {
        JsonNode messages = ASYNCAPI.path("components").path("messages");
        for (EventContract contract : VALIDATOR.knownEventTypes()) {
            JsonNode message = messages.path(contract.key());
            assertThat(message.isObject())
                    .as("components.messages.%s", contract.key())
                    .isTrue();
            assertThat(message.path("name").stringValue()).isEqualTo(contract.type());
            assertThat(referencedSchemaFiles(message.path("payload")))
                    .as("payload of %s", contract.key())
                    .containsExactlyInAnyOrder(ContractValidator.ENVELOPE_SCHEMA, contract.schemaFile());

            String service = contract.type().substring(0, contract.type().indexOf('.'));
            String reference = "#/components/messages/" + contract.key();
            assertThat(messageRefs(service + "Events"))
                    .as("channel %sEvents", service)
                    .contains(reference);
            assertThat(messageRefs(service + "EventsDlt"))
                    .as("channel %sEventsDlt", service)
                    .contains(reference);
        }
    }

    @Test
    void everyTopicAndItsDeadLetterTopicIsAChannel() {
        JsonNode channels = ASYNCAPI.path("channels");
        Map<String, String> expected = new TreeMap<>();
        TOPICS.forEach((id, topic) -> {
            expected.put(id, topic);
            expected.put(id + "Dlt", topic + "-dlt");
        });
        Map<String, String> actual = new TreeMap<>();
        channels.properties()
                .forEach(entry -> actual.put(
                        entry.getKey(), entry.getValue().path("address").stringValue()));

        assertThat(actual).isEqualTo(expected);
        for (String id : TOPICS.keySet()) {
            assertThat(messageRefs(id + "Dlt"))
                    .as("dead-letter channel of %s", id)
                    .isEqualTo(messageRefs(id));
        }
    }

    @Test
    void everyContractHasAnExampleAndEveryExampleAContract() {
        List<String> expected = new ArrayList<>();
        VALIDATOR.knownEventTypes().forEach(contract -> expected.add(contract.exampleFile()));

        assertThat(RESOURCES.list(ContractResources.EXAMPLES)).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static Set<String> messageRefs(String channelId) {
        Set<String> refs = new TreeSet<>();
        ASYNCAPI.path("channels")
                .path(channelId)
                .path("messages")
                .forEach(message -> refs.add(message.path("$ref").stringValue()));
        return refs;
    }

    private static Set<String> referencedSchemaFiles(JsonNode node) {
        Set<String> files = new TreeSet<>();
        collectSchemaRefs(node, files);
        return files;
    }

    private static void collectSchemaRefs(JsonNode node, Set<String> files) {
        if (node.isObject()) {
            JsonNode ref = node.path("$ref");
            if (ref.isString() && ref.stringValue().startsWith("schemas/")) {
                files.add(ref.stringValue().substring("schemas/".length()));
            }
        }
        node.forEach(child -> collectSchemaRefs(child, files));
    }
}
