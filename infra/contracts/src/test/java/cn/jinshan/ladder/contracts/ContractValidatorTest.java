package cn.jinshan.ladder.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class ContractValidatorTest {

    private static final ContractValidator VALIDATOR = new ContractValidator();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String REGISTERED = "enterprise.EnterpriseRegistered";

    static List<EventContract> contracts() {
        return VALIDATOR.knownEventTypes();
    }

    @ParameterizedTest
    @MethodSource("contracts")
    void everyExampleKeepsItsContract(EventContract contract) {
        String example = VALIDATOR.exampleFor(contract.type(), contract.version());

        assertThat(VALIDATOR.validate(example)).isEmpty();
        ObjectNode event = (ObjectNode) JSON.readTree(example);
        assertThat(event.path("type").stringValue()).isEqualTo(contract.type());
        assertThat(event.path("version").intValue()).isEqualTo(contract.version());
    }

    @Test
    void knowsThePayloadSchemasButNotTheEnvelope() {
        assertThat(VALIDATOR.knownEventTypes())
                .contains(new EventContract(REGISTERED, 1))
                .extracting(EventContract::type)
                .doesNotContain("envelope");
    }

    @Test
    void rejectsAnEventIdThatIsNoUuid() {
        assertThat(violationsOf(event -> event.put("eventId", "not-a-uuid")))
                .singleElement()
                .satisfies(violation -> {
                    assertThat(violation.field()).isEqualTo("/eventId");
                    assertThat(violation.rule()).isEqualTo("format");
                });
    }

    @Test
    void rejectsAnOccurredAtThatIsNoUtcDateTime() {
        assertThat(violationsOf(event -> event.put("occurredAt", "28.11.2026 10:00")))
                .extracting(Violation::field, Violation::rule)
                .contains(tuple("/occurredAt", "format"));
        assertThat(violationsOf(event -> event.put("occurredAt", "2026-11-28T18:00:00+08:00")))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("/occurredAt", "pattern"));
    }

    @Test
    void rejectsAPayloadWithoutARequiredField() {
        assertThat(violationsOf(event -> payload(event).remove("legalName")))
                .singleElement()
                .satisfies(violation -> {
                    assertThat(violation.field()).isEqualTo("/payload/legalName");
                    assertThat(violation.rule()).isEqualTo("required");
                });
    }

    @Test
    void rejectsAFieldOfTheWrongType() {
        assertThat(violationsOf(event -> payload(event).put("legalName", 42)))
                .singleElement()
                .satisfies(violation -> {
                    assertThat(violation.field()).isEqualTo("/payload/legalName");
                    assertThat(violation.rule()).isEqualTo("type");
                });
        assertThat(violationsOf(event -> event.put("version", "1")))
                .singleElement()
                .satisfies(violation -> {
                    assertThat(violation.field()).isEqualTo("/version");
                    assertThat(violation.rule()).isEqualTo("type");
                });
    }

    @Test
    void rejectsACreditCodeOfTheWrongShape() {
        assertThat(violationsOf(event -> payload(event).put("creditCode", "91310116MA1J8K3L2O")))
                .singleElement()
                .satisfies(violation -> {
                    assertThat(violation.field()).isEqualTo("/payload/creditCode");
                    assertThat(violation.rule()).isEqualTo("pattern");
                });
    }

    @Test
    void rejectsFieldsTheContractDoesNotDeclare() {
        assertThat(violationsOf(event -> event.put("source", "enterprise-service")))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("/source", "additionalProperties"));
        assertThat(violationsOf(event -> payload(event).put("internalScore", 99)))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("/payload/internalScore", "additionalProperties"));
    }

    @Test
    void acceptsNullForTheOptionalFields() {
        assertThat(violationsOf(event ->
                        payload(event).putNull("shortName").putNull("town").putNull("cluster")))
                .isEmpty();
        assertThat(violationsOf(
                        event -> payload(event).remove(List.of("shortName", "town", "cluster", "specialistId"))))
                .isEmpty();
    }

    @Test
    void namesTheMissingSchemaOfAnUnknownVersion() {
        assertThat(violationsOf(event -> event.put("version", 99)))
                .singleElement()
                .satisfies(violation -> {
                    assertThat(violation.field()).isEqualTo("/type");
                    assertThat(violation.rule()).isEqualTo("contract");
                    assertThat(violation.message()).contains("enterprise.EnterpriseRegistered.v99.schema.json");
                });
    }

    @Test
    void reportsEnvelopeFieldsAndSkipsThePayloadOfAMalformedType() {
        assertThat(violationsOf(
                        event -> event.put("type", "EnterpriseRegistered").remove("aggregateId")))
                .extracting(Violation::field, Violation::rule)
                .containsExactlyInAnyOrder(tuple("/type", "pattern"), tuple("/aggregateId", "required"));
    }

    @Test
    void rejectsTextThatIsNoJson() {
        assertThat(VALIDATOR.validate("{\"eventId\": ")).singleElement().satisfies(violation -> {
            assertThat(violation.field()).isEmpty();
            assertThat(violation.rule()).isEqualTo("json");
        });
    }

    @Test
    void refusesAnExampleThatDoesNotExist() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> VALIDATOR.exampleFor(REGISTERED, 42))
                .withMessageContaining("contracts/examples/enterprise.EnterpriseRegistered.v42.json");
        assertThatIllegalArgumentException().isThrownBy(() -> VALIDATOR.exampleFor("EnterpriseRegistered", 1));
    }

    private static List<Violation> violationsOf(Consumer<ObjectNode> mutation) {
        ObjectNode event = (ObjectNode) JSON.readTree(VALIDATOR.exampleFor(REGISTERED, 1));
        mutation.accept(event);
        return VALIDATOR.validate(JSON.writeValueAsString(event));
    }

    private static ObjectNode payload(ObjectNode event) {
        return (ObjectNode) event.get("payload");
    }
}
