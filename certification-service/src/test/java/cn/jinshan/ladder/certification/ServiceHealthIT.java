package cn.jinshan.ladder.certification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.TestUser;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class ServiceHealthIT extends CertificationIT {

    @Test
    void aDirectCallWithoutTokenIsUnauthorized() {
        HttpResponse<String> response = api().get("/api/programmes", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(ApiClient.json(response).get("type").asString())
                .isEqualTo("https://ladder.jinshan.gov.cn/problems/unauthorized");
    }

    @Test
    void anExpiredTokenIsUnauthorized() {
        assertThat(api().get("/api/programmes", issuer().expiredToken(TestUser.official()))
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void healthAndReadinessArePublicAndUp() {
        HttpResponse<String> health = api().get("/actuator/health", null);
        HttpResponse<String> readiness = api().get("/actuator/health/readiness", null);

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(health).get("status").asString()).isEqualTo("UP");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(readiness).get("status").asString()).isEqualTo("UP");
    }

    @Test
    void theOpenApiDocumentIsPublicAndNamesTheApi() {
        HttpResponse<String> docs = api().get("/v3/api-docs", null);

        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(docs).get("paths").has("/api/programmes")).isTrue();
    }
}
