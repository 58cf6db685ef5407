package cn.jinshan.ladder.notification.push.adapter.in.web;

import cn.jinshan.ladder.kit.security.CurrentUser;
import cn.jinshan.ladder.notification.inbox.application.Readers;
import cn.jinshan.ladder.notification.push.application.DeliveryStatus;
import cn.jinshan.ladder.notification.push.application.DeliveryStatuses;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class DeliveryStatusController {

    private final DeliveryStatuses statuses;

    DeliveryStatusController(DeliveryStatuses statuses) {
        this.statuses = statuses;
    }

    @GetMapping("/api/notifications/{id}/deliveries")
    DeliveryStatus deliveries(CurrentUser user, @PathVariable String id) {
        return statuses.of(Readers.of(user), id);
    }
}
