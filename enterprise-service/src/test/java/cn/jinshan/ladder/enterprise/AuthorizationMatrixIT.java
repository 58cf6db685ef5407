package cn.jinshan.ladder.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.kit.test.AuthorizationMatrix;
import cn.jinshan.ladder.kit.test.TestUser;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every route of the OpenAPI document × anonymous, another firm and a specialist outside the portfolio. */
class AuthorizationMatrixIT extends EnterpriseIntegrationTest {

    @Test
    void noCallerReachesAnotherFirmsEnterpriseData() {
        String victim = registerFirm("上海受害者材料有限公司");
        String attacker = registerFirm("上海探测者装备有限公司");
        api().put("/api/enterprises/" + victim + "/metrics/2024", official(), """
                {"revenue": 52000000, "employees": 120}
                """);
        String before = api().get("/api/enterprises/" + victim, official()).body();
        Map<String, String> victimIds = Map.of("id", victim, "year", "2024");
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("other firm", token(TestUser.enterprise(attacker)));
        callers.put(
                "specialist outside the portfolio", token(TestUser.specialist("outsider-1", "specialist.outsider")));
        AuthorizationMatrix matrix = AuthorizationMatrix.fromOpenApi(api());

        assertThat(matrix.operations()).hasSizeGreaterThan(15);
        assertThat(matrix.anonymousCalls(victimIds)).isEmpty();
        callers.forEach((caller, token) ->
                assertThat(matrix.foreignCalls(caller, token, victimIds)).isEmpty());
        assertThat(matrix.randomProbes(callers, victimIds, 1000, 20261128L)).isEmpty();
        assertThat(api().get("/api/enterprises/" + victim, official()).body()).isEqualTo(before);
    }
}
