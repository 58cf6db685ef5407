package cn.jinshan.ladder.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.kit.test.LadderTestInfrastructure;
import cn.jinshan.ladder.kit.test.TestUser;
import cn.jinshan.ladder.probes.MassAssignmentProbe;
import cn.jinshan.ladder.probes.MassAssignmentReport;
import org.junit.jupiter.api.Test;

/**
 * Every server-owned field of the service (issue 8 security 3), injected into a valid body of every JSON write, is
 * refused as an unknown property and changes nothing an official reads back. The import is a multipart upload, not
 * a JSON body (its columns are the template's, checked in {@code TransferIT}). Shares the other ITs' context.
 */
class MassAssignmentIT extends EnterpriseIntegrationTest {

    /** Fields the server derives or stamps: the ladder, the figures' provenance, the firm's life cycle, the actors. */
    static final String[] SERVER_OWNED = {
        "creditCode",
        "enterpriseId",
        "rung",
        "stages",
        "holdings",
        "ladder",
        "activeProgrammes",
        "source",
        "metrics",
        "metricHistory",
        "figuresVersion",
        "years",
        "year",
        "reportedAt",
        "reportedBy",
        "registeredAt",
        "registeredBy",
        "updatedBy",
        "specialist",
        "departure",
        "recordedAt",
        "recordedBy",
        "assignedBy",
        "pendingChanges",
        "contactUserIds",
        "changedFields",
        "period",
        "indicator",
        "_class"
    };

    @Test
    void noServerOwnedFieldIsTakenFromAnyWriteBody() {
        String firm = registerFirm("上海批量赋值测试有限公司");
        String unregistered = CreditCodes.next();

        MassAssignmentReport report = MassAssignmentProbe.forService("enterprise-service", api())
                .as(LadderTestInfrastructure.jwtIssuer(), TestUser.admin())
                .onlyPaths("/api/")
                .skip("POST /api/enterprises/import")
                .pathValue("id", firm)
                .pathValue("year", "2024")
                .pathValue("period", "14th-fyp")
                .pathValue("indicator", "SPECIALIZED_NEW")
                .body("POST /api/enterprises", """
                        {"creditCode":"%s","legalName":"上海批量赋值新注册有限公司","town":"山阳镇"}
                        """.formatted(unregistered))
                .body("PATCH /api/enterprises/{id}", "{\"shortName\":\"新简称\"}")
                .body("PUT /api/enterprises/{id}/metrics/{year}", "{\"revenue\":1000,\"employees\":20}")
                .body("PUT /api/enterprises/{id}/specialist", "{\"username\":\"specialist.mass\"}")
                .body("POST /api/enterprises/{id}/departure", "{\"date\":\"2025-01-01\",\"reason\":\"MOVED_OUT\"}")
                .body("PUT /api/targets/{period}/{indicator}", "{\"total\":50,\"yearly\":{\"2024\":10}}")
                .serverOwned(SERVER_OWNED)
                .readBack(() -> firmAsOfficial(firm))
                .readBack(
                        "POST /api/enterprises",
                        () -> String.valueOf(api().get("/api/enterprises/" + unregistered, official())
                                .statusCode()))
                .readBack(
                        "PUT /api/targets/{period}/{indicator}",
                        () -> api().get("/api/targets/14th-fyp", official()).body())
                .run();

        report.assertClean();
        assertThat(report.operations()).isEqualTo(6);
        assertThat(report.rejected()).isEqualTo(report.injections()).isGreaterThan(150);
        assertThat(firmAsOfficial(firm)).contains("\"status\":\"ACTIVE\"").doesNotContain("injected");
    }

    private String firmAsOfficial(String firm) {
        String base = "/api/enterprises/" + firm;
        return api().get(base, official()).body()
                + api().get(base + "/metrics", official()).body()
                + api().get(base + "/ladder", official()).body();
    }
}
