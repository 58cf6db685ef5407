package cn.jinshan.ladder.certification.application.adapter.in.web;

import cn.jinshan.ladder.certification.application.application.BulkReview;
import cn.jinshan.ladder.certification.application.application.ReviewQueue;
import cn.jinshan.ladder.kit.security.CurrentUser;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The officials' work queue (overdue first) and bulk review actions. */
@RestController
@PreAuthorize("hasRole('OFFICIAL')")
class QueueController {

    /** A review action for several applications. */
    record BulkRequest(String action, List<String> applicationIds, String comment, LocalDate announcedOn) {}

    /** An application in the queue with its service level. */
    record QueueItem(ApplicationResponse application, LocalDate enteredOn, LocalDate dueOn, boolean overdue) {}

    private final ReviewQueue queue;
    private final BulkReview bulk;

    QueueController(ReviewQueue queue, BulkReview bulk) {
        this.queue = queue;
        this.bulk = bulk;
    }

    @GetMapping("/api/applications/queue")
    List<QueueItem> queue(
            @RequestParam(required = false) String programme, @RequestParam(required = false) String status) {
        return queue.queue(programme, StatusParameter.parse(status)).stream()
                .map(item -> new QueueItem(
                        ApplicationResponse.of(item.application()), item.enteredOn(), item.dueOn(), item.overdue()))
                .toList();
    }

    @PostMapping("/api/applications/review/bulk")
    List<BulkReview.Outcome> bulk(@RequestBody BulkRequest request, CurrentUser official) {
        return bulk.apply(
                request.action(), request.applicationIds(), request.comment(), request.announcedOn(), official);
    }
}
