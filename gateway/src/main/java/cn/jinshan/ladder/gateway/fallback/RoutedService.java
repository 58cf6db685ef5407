package cn.jinshan.ladder.gateway.fallback;

import java.util.Arrays;
import java.util.Optional;

/** The services behind the gateway, named as in the routes, and what users lose while each is down. */
enum RoutedService {
    ENTERPRISE(
            "enterprise-service",
            "Enterprise profiles, cohorts and plan targets (企业档案、培育梯队、培育目标) are temporarily unavailable."),
    CERTIFICATION(
            "certification-service",
            "Programmes, eligibility checks, applications, certificates and listings (认定项目、资格评估、申报、证书、公示)"
                    + " are temporarily unavailable."),
    NOTIFICATION(
            "notification-service",
            "Notifications, push subscriptions and notification preferences (消息、推送订阅、通知偏好) are temporarily"
                    + " unavailable.");

    private final String id;
    private final String feature;

    RoutedService(String id, String feature) {
        this.id = id;
        this.feature = feature;
    }

    String id() {
        return id;
    }

    String feature() {
        return feature;
    }

    static Optional<RoutedService> byId(String id) {
        return Arrays.stream(values()).filter(service -> service.id.equals(id)).findFirst();
    }
}
