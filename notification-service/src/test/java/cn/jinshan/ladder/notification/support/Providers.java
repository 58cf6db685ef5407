package cn.jinshan.ladder.notification.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/** WireMock as the group robot, the SMS provider and a push service, shared by every test of the JVM; both answer OK by default. */
public final class Providers {

    public static final String ROBOT_PATH = "/cgi-bin/webhook/send?key=test-robot";
    public static final String SMS_PATH = "/v1/sms";
    public static final String SMS_KEY = "test-sms-key";
    public static final List<String> DUTY_PHONES = List.of("13800000001", "13800000002");
    private static final WireMockServer SERVER = start();

    private Providers() {}

    private static WireMockServer start() {
        WireMockServer server =
                new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    /** Points the group robot and the SMS provider of a context at this server. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("ladder.notification.channels.webhook.url", () -> SERVER.baseUrl() + ROBOT_PATH);
        registry.add("ladder.notification.channels.sms.url", () -> SERVER.baseUrl() + SMS_PATH);
        registry.add("ladder.notification.channels.sms.api-key", () -> SMS_KEY);
        registry.add("ladder.notification.channels.sms.recipients", () -> String.join(",", DUTY_PHONES));
    }

    /** Both providers answer OK again. */
    public static void healthy() {
        robotAnswers(200, "{\"errcode\":0,\"errmsg\":\"ok\"}");
        smsAnswers(200);
    }

    public static void robotAnswers(int status, String body) {
        SERVER.stubFor(post(urlEqualTo(ROBOT_PATH))
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withBody(body)));
    }

    public static void smsAnswers(int status) {
        SERVER.stubFor(post(urlEqualTo(SMS_PATH)).willReturn(aResponse().withStatus(status)));
    }

    /** The robot posts whose body mentions the text (an enterprise id in a link, say). */
    public static List<LoggedRequest> robotPostsMentioning(String text) {
        return SERVER.findAll(postRequestedFor(urlEqualTo(ROBOT_PATH))).stream()
                .filter(request -> request.getBodyAsString().contains(text))
                .toList();
    }

    public static List<LoggedRequest> smsMentioning(String text) {
        return SERVER.findAll(postRequestedFor(urlEqualTo(SMS_PATH))).stream()
                .filter(request -> request.getBodyAsString().contains(text))
                .toList();
    }

    /** A push endpoint on the same server, answering with the status. */
    public static String pushEndpoint(String path, int status) {
        SERVER.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(status)));
        return SERVER.baseUrl() + path;
    }

    public static List<LoggedRequest> pushesTo(String path) {
        return SERVER.findAll(postRequestedFor(urlEqualTo(path)));
    }

    static {
        healthy();
    }
}
