package cn.jinshan.ladder.certification.eligibility;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.moreThanOrExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.certification.CertificationIT;
import cn.jinshan.ladder.certification.EnterpriseServiceStubs;
import cn.jinshan.ladder.certification.enterprise.adapter.out.rest.EnterpriseServiceCallFailed;
import cn.jinshan.ladder.certification.enterprise.adapter.out.rest.EnterpriseServiceRefused;
import cn.jinshan.ladder.kit.error.NotFoundException;
import cn.jinshan.ladder.kit.test.ApiClient;
import cn.jinshan.ladder.kit.test.TestUser;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.retry.event.RetryEvent;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class EligibilityIT extends CertificationIT {

    @Autowired
    private RetryRegistry retries;

    private static final String UNKNOWN = "91310116MA1T000099";

    private HttpResponse<String> evaluate(TestUser user, String body) {
        return api().post("/api/eligibility/evaluations", token(user), body);
    }

    @Test
    void figuresInTheRequestAreEvaluatedAndExplained() {
        HttpResponse<String> response = evaluate(TestUser.official(), """
                {"programme":"SPECIALIZED_NEW","ruleVersion":"MIIT-2026-2",
                 "metrics":{"holdsInnovativeSme":true,"nicheYears":3,"revenue":1500,"mainBusinessShare":80,
                            "debtRatio":80,"rdSpendMin2y":100,"rdRatioMin2y":2.4,"ipClass1":1,
                            "marketShareLeading":true,"miitEvaluationScore":55}}
                """);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode evaluation = ApiClient.json(response);
        assertThat(evaluation.get("programme").asString()).isEqualTo("SPECIALIZED_NEW");
        assertThat(evaluation.get("ruleVersion").asString()).isEqualTo("MIIT-2026-2");
        assertThat(evaluation.get("eligible").asBoolean()).isFalse();
        JsonNode gap = evaluation.get("gaps").get(0);
        assertThat(gap.get("id").asString()).isEqualTo("rd");
        assertThat(evaluation.get("gaps").toString()).contains("rd.rdRatioMin2y", "0.6");
    }

    @Test
    void withAnEnterpriseIdTheFiguresComeFromEnterpriseServiceWithTheCallersToken() {
        EnterpriseServiceStubs.firm(ENTERPRISE_SERVICE, JINXIN, "\"INNOVATIVE_SME\"");
        String token = token(TestUser.enterprise(JINXIN));

        HttpResponse<String> response = api().post(
                        "/api/eligibility/evaluations",
                        token,
                        "{\"programme\":\"INNOVATIVE_SME\",\"enterpriseId\":\"" + JINXIN + "\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode evaluation = ApiClient.json(response);
        assertThat(evaluation.get("eligible").asBoolean()).isTrue();
        assertThat(evaluation.get("directRoute").get("id").asString()).isEqualTo("rdInstitution");
        assertThat(evaluation.get("score").asInt()).isEqualTo(80);
        ENTERPRISE_SERVICE.verify(getRequestedFor(urlPathEqualTo("/api/enterprises/" + JINXIN + "/metrics"))
                .withHeader("Authorization", equalTo("Bearer " + token)));
    }

    @Test
    void aFirmUserCannotEvaluateAnotherFirm() {
        HttpResponse<String> response = evaluate(
                TestUser.enterprise(JINXIN), "{\"programme\":\"INNOVATIVE_SME\",\"enterpriseId\":\"" + FENGTAI + "\"}");

        assertThat(response.statusCode()).isEqualTo(404);
        ENTERPRISE_SERVICE.verify(0, getRequestedFor(anyUrl()));
    }

    @Test
    void enterpriseServiceDownIsAServiceUnavailableProblemNamingIt() {
        ENTERPRISE_SERVICE.stubFor(get(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        HttpResponse<String> response =
                evaluate(TestUser.official(), "{\"programme\":\"INNOVATIVE_SME\",\"enterpriseId\":\"" + JINXIN + "\"}");

        assertThat(response.statusCode()).isEqualTo(503);
        JsonNode problem = ApiClient.json(response);
        assertThat(problem.get("type").asString()).isEqualTo("https://ladder.jinshan.gov.cn/problems/unavailable");
        assertThat(problem.toString()).contains("enterprise-service");
        ENTERPRISE_SERVICE.verify(moreThanOrExactly(3), getRequestedFor(urlPathEqualTo("/api/enterprises/" + JINXIN)));
    }

    @Test
    void enterpriseServiceTooSlowIsAServiceUnavailableProblemToo() {
        ENTERPRISE_SERVICE.stubFor(
                get(anyUrl()).willReturn(aResponse().withFixedDelay(3000).withBody("{}")));

        HttpResponse<String> response =
                evaluate(TestUser.official(), "{\"programme\":\"INNOVATIVE_SME\",\"enterpriseId\":\"" + JINXIN + "\"}");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("enterprise-service");
    }

    @Test
    void enterpriseServiceFailingWithAServerErrorIsUnavailableNotInternal() {
        ENTERPRISE_SERVICE.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(500)));

        HttpResponse<String> response =
                evaluate(TestUser.official(), "{\"programme\":\"INNOVATIVE_SME\",\"enterpriseId\":\"" + JINXIN + "\"}");

        assertThat(response.statusCode()).isEqualTo(503);
    }

    @Test
    void aFailingEnterpriseServiceOpensTheCircuitAndIsNoLongerCalled() {
        ENTERPRISE_SERVICE.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(503)));
        String body = "{\"programme\":\"INNOVATIVE_SME\",\"enterpriseId\":\"" + JINXIN + "\"}";
        for (int i = 0; i < 3; i++) {
            evaluate(TestUser.official(), body);
        }
        int callsSoFar = ENTERPRISE_SERVICE.getAllServeEvents().size();

        HttpResponse<String> response = evaluate(TestUser.official(), body);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(ENTERPRISE_SERVICE.getAllServeEvents()).hasSize(callsSoFar);
    }

    /**
     * A 404 is the answer and is never retried. Under load a call may time out (read timeout 2 s) and be retried,
     * which is right, so the test counts WireMock's requests against the retries the client made on timeouts
     * instead of assuming the machine is fast.
     */
    @Test
    void anUnknownFirmIsNotFoundAndTheNotFoundIsNeverRetried() {
        ENTERPRISE_SERVICE.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(404)));

        List<RetryEvent> events = retryEventsDuring(() -> assertThat(evaluate(
                                TestUser.official(),
                                "{\"programme\":\"INNOVATIVE_SME\",\"enterpriseId\":\"" + UNKNOWN + "\"}")
                        .statusCode())
                .isEqualTo(404));

        assertThat(events)
                .filteredOn(event -> event.getEventType() == RetryEvent.Type.RETRY)
                .allSatisfy(
                        retry -> assertThat(retry.getLastThrowable()).isInstanceOf(EnterpriseServiceCallFailed.class));
        assertThat(events)
                .filteredOn(event -> event.getEventType() == RetryEvent.Type.IGNORED_ERROR
                        || event.getEventType() == RetryEvent.Type.ERROR)
                .singleElement()
                .satisfies(end -> assertThat(end.getLastThrowable()).isInstanceOf(NotFoundException.class));
        long retries = events.stream()
                .filter(event -> event.getEventType() == RetryEvent.Type.RETRY)
                .count();
        assertThat(ENTERPRISE_SERVICE.findAll(getRequestedFor(urlPathEqualTo("/api/enterprises/" + UNKNOWN))))
                .hasSizeBetween(1, (int) (1 + retries));
    }

    @Test
    void aClientErrorOfEnterpriseServiceIsUnavailableButNeverRetried() {
        ENTERPRISE_SERVICE.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(403)));

        List<RetryEvent> events = retryEventsDuring(() -> assertThat(evaluate(
                                TestUser.official(),
                                "{\"programme\":\"INNOVATIVE_SME\",\"enterpriseId\":\"" + JINXIN + "\"}")
                        .statusCode())
                .isEqualTo(503));

        assertThat(events)
                .filteredOn(event -> event.getEventType() == RetryEvent.Type.RETRY)
                .allSatisfy(
                        retry -> assertThat(retry.getLastThrowable()).isInstanceOf(EnterpriseServiceCallFailed.class));
        assertThat(events)
                .filteredOn(event -> event.getEventType() == RetryEvent.Type.IGNORED_ERROR
                        || event.getEventType() == RetryEvent.Type.ERROR)
                .singleElement()
                .satisfies(end -> assertThat(end.getLastThrowable()).isInstanceOf(EnterpriseServiceRefused.class));
    }

    private List<RetryEvent> retryEventsDuring(Runnable call) {
        List<RetryEvent> events = new CopyOnWriteArrayList<>();
        AtomicBoolean listening = new AtomicBoolean(true);
        retries.retry("enterprise-service").getEventPublisher().onEvent(event -> {
            if (listening.get()) {
                events.add(event);
            }
        });
        try {
            call.run();
        } finally {
            listening.set(false);
        }
        return List.copyOf(events);
    }

    @Test
    void badInputNamesTheField() {
        HttpResponse<String> neither = evaluate(TestUser.official(), "{\"programme\":\"INNOVATIVE_SME\"}");
        HttpResponse<String> unknownMetric =
                evaluate(TestUser.official(), "{\"programme\":\"INNOVATIVE_SME\",\"metrics\":{\"luck\":7}}");
        HttpResponse<String> unknownVersion = evaluate(
                TestUser.official(), "{\"programme\":\"INNOVATIVE_SME\",\"ruleVersion\":\"X\",\"metrics\":{}}");

        assertThat(neither.statusCode()).isEqualTo(400);
        assertThat(field(neither)).isEqualTo("enterpriseId");
        assertThat(unknownMetric.statusCode()).isEqualTo(400);
        assertThat(field(unknownMetric)).isEqualTo("metrics.luck");
        assertThat(unknownVersion.statusCode()).isEqualTo(400);
        assertThat(field(unknownVersion)).isEqualTo("ruleVersion");
    }

    private static String field(HttpResponse<String> response) {
        return ApiClient.json(response).get("errors").get(0).get("field").asString();
    }
}
