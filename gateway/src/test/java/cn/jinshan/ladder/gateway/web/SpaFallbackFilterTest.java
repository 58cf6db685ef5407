package cn.jinshan.ladder.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class SpaFallbackFilterTest {

    @Test
    void appRoutesAreThePathsOutsideApiActuatorFallbackAndAssetsWithoutAFileName() {
        assertThat(SpaFallbackFilter.isAppPath("/official/queue")).isTrue();
        assertThat(SpaFallbackFilter.isAppPath("/enterprises/91310116MA1J8K3L22"))
                .isTrue();
        assertThat(SpaFallbackFilter.isAppPath("/")).isFalse();
        assertThat(SpaFallbackFilter.isAppPath("/api/enterprises")).isFalse();
        assertThat(SpaFallbackFilter.isAppPath("/actuator/health")).isFalse();
        assertThat(SpaFallbackFilter.isAppPath("/fallback/enterprise-service")).isFalse();
        assertThat(SpaFallbackFilter.isAppPath("/assets/index.js")).isFalse();
        assertThat(SpaFallbackFilter.isAppPath("/sw.js")).isFalse();
        assertThat(SpaFallbackFilter.isAppPath("//evil")).isFalse();
    }

    @Test
    void onlyAGetOrHeadAskingForHtmlIsAnAppRoute() {
        assertThat(SpaFallbackFilter.isAppRoute(MockServerHttpRequest.get("/inbox")
                        .accept(MediaType.TEXT_HTML)
                        .build()))
                .isTrue();
        assertThat(SpaFallbackFilter.isAppRoute(MockServerHttpRequest.get("/inbox")
                        .accept(MediaType.APPLICATION_JSON)
                        .build()))
                .isFalse();
        assertThat(SpaFallbackFilter.isAppRoute(MockServerHttpRequest.post("/inbox")
                        .accept(MediaType.TEXT_HTML)
                        .build()))
                .isFalse();
    }
}
