package cn.jinshan.ladder.certification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.Arrays;
import java.util.stream.Collectors;

/** enterprise-service as WireMock answers it: a profile and three reported years, shaped like its API. */
public final class EnterpriseServiceStubs {

    private EnterpriseServiceStubs() {}

    /** The district's firm list, one page. */
    public static void list(WireMockServer server, String... enterpriseIds) {
        String items = Arrays.stream(enterpriseIds)
                .map(id -> "{\"id\":\"" + id + "\"}")
                .collect(Collectors.joining(","));
        server.stubFor(get(urlPathEqualTo("/api/enterprises"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"items\":[" + items + "],\"page\":0,\"size\":100,\"total\":" + enterpriseIds.length
                                + ",\"totalPages\":1}")));
    }

    /** A firm that has reported no figures yet. */
    public static void newFirm(WireMockServer server, String enterpriseId) {
        server.stubFor(get(urlPathEqualTo("/api/enterprises/" + enterpriseId))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"" + enterpriseId + "\",\"legalName\":\"新企业\",\"activeProgrammes\":[]}")));
        server.stubFor(get(urlPathEqualTo("/api/enterprises/" + enterpriseId + "/metrics"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"enterpriseId\":\"" + enterpriseId + "\",\"years\":[],\"history\":[]}")));
    }

    public static void firm(WireMockServer server, String enterpriseId, String activeProgrammes) {
        server.stubFor(get(urlPathEqualTo("/api/enterprises/" + enterpriseId))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                                {"id":"%s","creditCode":"%s","legalName":"上海金鑫新材料科技有限公司","town":"山阳镇",
                                 "cluster":"新材料","rung":"INNOVATIVE_SME","activeProgrammes":[%s]}
                                """.formatted(enterpriseId, enterpriseId, activeProgrammes))));
        server.stubFor(get(urlPathEqualTo("/api/enterprises/" + enterpriseId + "/metrics"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                                {"enterpriseId":"%s","years":[
                                  {"year":2023,"figures":{"revenue":2400,"mainBusinessRevenue":2200,"rdSpend":120,"rdRatio":5}},
                                  {"year":2025,"figures":{"revenue":3600,"mainBusinessRevenue":3240,"mainBusinessShare":90,
                                     "rdSpend":180,"rdRatio":5,"debtRatio":45,"yearsInNiche":4,"patentsClassI":2,
                                     "marketShare":12,"qualityCertifications":["ISO9001"],"digitalLevel":"二级",
                                     "rdInstitutions":["上海市企业技术中心"],"awards":[]}},
                                  {"year":2024,"figures":{"revenue":3000,"mainBusinessRevenue":2700,"rdSpend":150,"rdRatio":5}}
                                ],"history":[]}
                                """.formatted(enterpriseId))));
    }
}
