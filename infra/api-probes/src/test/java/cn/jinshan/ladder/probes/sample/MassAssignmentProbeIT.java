package cn.jinshan.ladder.probes.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.probes.MassAssignmentProbe;
import cn.jinshan.ladder.probes.MassAssignmentReport;
import org.junit.jupiter.api.Test;

class MassAssignmentProbeIT extends ProbeSampleIT {

    private static final String ITEM = "{\"name\":\"owned\",\"kind\":\"TOOL\",\"quantity\":3,\"state\":\"SH\"}";

    @Test
    void aServiceRejectingUnknownPropertiesPassesAndChangesNothing() {
        String id = ApiClient.json(api().post("/clean/items", token(), ITEM))
                .get("id")
                .asString();

        MassAssignmentReport report = MassAssignmentProbe.forService("probe-sample-clean", api())
                .token(token())
                .onlyPaths("/clean/")
                .body("POST /clean/items", ITEM)
                .body("PUT /clean/items/{id}", ITEM.replace("owned", "renamed"))
                .pathValue("id", id)
                .serverOwned("quantityReserved")
                .readBack(() -> api().get("/clean/items/" + id, token()).body()
                        + api().get("/clean/items?limit=50", token()).body())
                .run();

        report.assertClean();
        int injectable = MassAssignmentProbe.DEFAULT_SERVER_OWNED.size()
                + MassAssignmentProbe.OPERATOR_KEYS.size()
                + 1 // quantityReserved
                - 1; // state, declared by the request
        assertThat(report.operations()).isEqualTo(2);
        assertThat(report.injections()).isEqualTo(2 * injectable);
        assertThat(report.rejected()).isEqualTo(report.injections());
        assertThat(report.accepted()).isZero();
        assertThat(report.declaredSkipped())
                .containsExactlyInAnyOrder("POST /clean/items field=state", "PUT /clean/items/{id} field=state");
    }

    @Test
    void acceptedServerOwnedFieldsAndChangedObjectsAreReported() {
        MassAssignmentReport report = MassAssignmentProbe.forService("probe-sample-broken", api())
                .token(token())
                .onlyPaths("/broken/")
                .body("POST /broken/notes", "{\"text\":\"hello\"}")
                .body("PATCH /broken/accounts/{id}", "{\"nickname\":\"a\"}")
                .skip("POST /broken/ratios")
                .pathValue("id", "acc-1")
                .readBack(
                        "PATCH /broken/accounts/{id}",
                        () -> api().get("/broken/accounts/acc-1", token()).body())
                .run();

        assertThat(report.operations()).isEqualTo(2);
        assertThat(report.accepted()).isEqualTo(report.injections());
        assertThat(report.rejected()).isZero();
        assertThat(report.failures())
                .anyMatch(line -> line.startsWith("accepted: POST /broken/notes with 'status'"))
                .anyMatch(line -> line.startsWith("changed: PATCH /broken/accounts/{id} with 'owner'"));
        assertThatThrownBy(report::assertClean)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(report.line());
    }
}
