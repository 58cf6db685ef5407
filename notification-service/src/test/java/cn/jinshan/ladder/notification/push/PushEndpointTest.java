package cn.jinshan.ladder.notification.push;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.notification.push.application.PushProperties;
import cn.jinshan.ladder.notification.push.domain.PushEndpoint;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PushEndpointTest {

    private static final List<String> SERVICES = PushProperties.DEFAULT_PUSH_SERVICES;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://fcm.googleapis.com/fcm/send/dX9k:APA91bH",
                "https://updates.push.services.mozilla.com/wpush/v2/gAAAAABk",
                "https://wns2-par02p.notify.windows.com/w/?token=BQYAAAB",
                "https://web.push.apple.com/QGm1mHZ3",
                "https://fcm.googleapis.com:443/fcm/send/x"
            })
    void theKnownPushServicesAreAccepted(String endpoint) {
        assertThat(PushEndpoint.check(endpoint, SERVICES, false)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "http://fcm.googleapis.com/fcm/send/x, httpsUrl",
        "ftp://fcm.googleapis.com/x, httpsUrl",
        "/fcm/send/x, httpsUrl",
        "https://, httpsUrl",
        "https://evil.example.com/fcm/send/x, pushServiceHost",
        "https://fcm.googleapis.com.evil.example.com/x, pushServiceHost",
        "https://push.services.mozilla.com/x, pushServiceHost",
        "https://localhost/x, notLocal",
        "https://push.localhost/x, notLocal",
        "https://127.0.0.1/x, noIpLiteral",
        "https://10.0.0.8/x, noIpLiteral",
        "https://169.254.169.254/latest/meta-data, noIpLiteral",
        "https://192.168.1.1/x, noIpLiteral",
        "https://[::1]/x, noIpLiteral",
        "https://[fe80::1]/x, noIpLiteral",
        "https://2130706433/x, noIpLiteral",
        "https://0x7f.0.0.1/x, httpsUrl",
        "https://user:secret@fcm.googleapis.com/x, noUserInfo",
        "https://fcm.googleapis.com@evil.example.com/x, noUserInfo",
        "https://fcm.googleapis.com:8443/x, defaultPort",
        "https://fcm.googleapis.com:80/x, defaultPort"
    })
    void eachKindOfUnsafeEndpointIsRefusedNamingItsRule(String endpoint, String rule) {
        assertThat(PushEndpoint.check(endpoint, SERVICES, false))
                .extracting(PushEndpoint.Broken::rule)
                .contains(rule);
    }

    @ParameterizedTest
    @CsvSource({
        "http://localhost:8089/push/x, ''",
        "http://127.0.0.1:8089/push/x, ''",
        "http://10.0.0.8:8089/push/x, noIpLiteral",
        "http://evil.example.com/push/x, pushServiceHost",
        "http://user@localhost:8089/push/x, noUserInfo"
    })
    void theDevelopmentSwitchLetsOnlyPlainHttpAndLoopbackThrough(String endpoint, String rule) {
        List<String> rules = PushEndpoint.check(endpoint, SERVICES, true).stream()
                .map(PushEndpoint.Broken::rule)
                .toList();
        if (rule.isEmpty()) {
            assertThat(rules).isEmpty();
        } else {
            assertThat(rules).contains(rule);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "127.0.0.1, false",
        "10.1.2.3, false",
        "172.16.0.1, false",
        "192.168.0.1, false",
        "169.254.169.254, false",
        "100.64.0.1, false",
        "0.0.0.0, false",
        "::1, false",
        "fe80::1, false",
        "fd00::1, false",
        "142.250.72.10, true",
        "2a00:1450:4001:80e::200a, true"
    })
    void onlyPublicAddressesAreCalled(String address, boolean callable) throws Exception {
        assertThat(PushEndpoint.isPublic(InetAddress.getByName(address))).isEqualTo(callable);
    }
}
