package cn.jinshan.ladder.notification.reminders.adapter.in.web;

import cn.jinshan.ladder.kit.error.InvalidInputException;
import cn.jinshan.ladder.notification.reminders.application.ReminderStore;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/reminders")
@PreAuthorize("hasAnyRole('OFFICIAL', 'ADMIN')")
class ReminderController {

    private final ReminderStore reminders;

    ReminderController(ReminderStore reminders) {
        this.reminders = reminders;
    }

    /** A reminder as officials see it. */
    record ReminderView(String id, String name, String causeKey, Instant dueAt, String status) {}

    @GetMapping
    List<ReminderView> ofEnterprise(@RequestParam(required = false) String enterpriseId) {
        if (enterpriseId == null || enterpriseId.isBlank()) {
            throw new InvalidInputException("enterpriseId", "required", "name the firm: enterpriseId is required");
        }
        return reminders.ofEnterprise(enterpriseId).stream()
                .map(r -> new ReminderView(
                        r.id(), r.name(), r.causeKey(), r.dueAt(), r.status().name()))
                .toList();
    }
}
