package cn.jinshan.ladder.notification.channels.application;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The group robot webhook and the SMS provider; each is off while its URL is unset. */
@ConfigurationProperties("ladder.notification.channels")
public record ChannelProperties(Webhook webhook, Sms sms) {

    public ChannelProperties {
        webhook = webhook == null ? new Webhook(null, null, null, null) : webhook;
        sms = sms == null ? new Sms(null, null, null, null, null) : sms;
    }

    /** A WeCom ({@code wecom}) or DingTalk ({@code dingtalk}) group robot. */
    public record Webhook(String url, String format, Duration connectTimeout, Duration requestTimeout) {

        public Webhook {
            url = url == null || url.isBlank() ? null : url;
            format = format == null || format.isBlank() ? "wecom" : format;
            connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
            requestTimeout = requestTimeout == null ? Duration.ofSeconds(5) : requestTimeout;
        }

        public boolean dingTalk() {
            return "dingtalk".equalsIgnoreCase(format);
        }
    }

    /** An SMS provider's JSON API, its bearer key and the phones that receive critical items. */
    public record Sms(
            String url, String apiKey, List<String> recipients, Duration connectTimeout, Duration requestTimeout) {

        public Sms {
            url = url == null || url.isBlank() ? null : url;
            recipients = recipients == null
                    ? List.of()
                    : recipients.stream().filter(p -> !p.isBlank()).toList();
            connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
            requestTimeout = requestTimeout == null ? Duration.ofSeconds(5) : requestTimeout;
        }
    }
}
