package cn.jinshan.ladder.notification.channels.adapter.out.http;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.notification.channels.application.ChannelProperties;
import cn.jinshan.ladder.notification.channels.domain.ChannelMessage;
import cn.jinshan.ladder.notification.push.application.DeliveryLog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A failure whose message quotes the configuration (the robot's URL with its key, the SMS provider's key) is recorded
 * by its class name only: delivery details are shown to officials and published in {@code DeliveryFailed}.
 */
class ChannelSecretsTest {

    private static final String ROBOT_KEY = "robot-secret-4f1c";
    private static final String SMS_KEY = "sms-secret-9a2e";

    private final List<String> details = new ArrayList<>();
    private final DeliveryLog log = new DeliveryLog() {
        @Override
        public List<Entry> of(String notificationId) {
            return List.of();
        }

        @Override
        public void attempt(String notificationId, String channel, String target, String outcome, String detail) {
            details.add(detail);
        }

        @Override
        public void finished(
                String notificationId, String channel, String target, String outcome, String detail, boolean answered) {
            details.add(detail);
        }
    };

    private final ChannelProperties properties = new ChannelProperties(
            new ChannelProperties.Webhook(
                    "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=" + ROBOT_KEY, null, null, null),
            new ChannelProperties.Sms("https://sms.example.cn/v1/sms", SMS_KEY, List.of("13800000001"), null, null));

    @Test
    void aGiveUpQuotingTheRobotUrlOrTheSmsKeyRecordsTheClassNameOnly() {
        ChannelMessage message = message();
        new WebhookRobot(properties, log, JsonMapper.builder().build())
                .unavailable(
                        message,
                        new IllegalArgumentException(
                                "bad URI " + properties.webhook().url()));
        new SmsProvider(properties, log, JsonMapper.builder().build())
                .unavailable(message, new IllegalStateException("Authorization: Bearer " + SMS_KEY));

        assertThat(details).containsExactly("gave up: IllegalArgumentException", "gave up: IllegalStateException");
        assertThat(String.join(" ", details)).doesNotContain(ROBOT_KEY).doesNotContain(SMS_KEY);
    }

    @Test
    void ourOwnProviderFailuresKeepTheirMessage() {
        new WebhookRobot(properties, log, JsonMapper.builder().build())
                .unavailable(message(), new ProviderUnavailableException("group robot answered HTTP 503", null));

        assertThat(details).containsExactly("gave up: group robot answered HTTP 503");
    }

    private static ChannelMessage message() {
        return new ChannelMessage("n-1", "标题", "正文", "/applications/a-1", "CRITICAL");
    }
}
