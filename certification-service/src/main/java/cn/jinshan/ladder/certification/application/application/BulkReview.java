package cn.jinshan.ladder.certification.application.application;

import cn.jinshan.ladder.kit.error.ConflictException;
import cn.jinshan.ladder.kit.error.InvalidInputException;
import cn.jinshan.ladder.kit.error.NotFoundException;
import cn.jinshan.ladder.kit.security.CurrentUser;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/** One review action applied to many applications; each succeeds or fails on its own, with the reason. */
@Service
public class BulkReview {

    static final Set<String> ACTIONS = Set.of("start", "return", "recommend", "publicity", "approve", "reject");
    static final int MAX_APPLICATIONS = 200;

    private final ApplicationReview review;

    BulkReview(ApplicationReview review) {
        this.review = review;
    }

    /** The outcome for one application: its new status, or why it did not move. */
    public record Outcome(String applicationId, String status, String problem) {}

    public List<Outcome> apply(
            String action, List<String> applicationIds, String comment, LocalDate announcedOn, CurrentUser official) {
        if (action == null || !ACTIONS.contains(action)) {
            throw new InvalidInputException("action", "enum", "must be one of " + ACTIONS);
        }
        if (applicationIds == null || applicationIds.isEmpty() || applicationIds.size() > MAX_APPLICATIONS) {
            throw new InvalidInputException(
                    "applicationIds", "size", "name between 1 and " + MAX_APPLICATIONS + " applications");
        }
        return applicationIds.stream()
                .map(id -> outcome(action, id, comment, announcedOn, official))
                .toList();
    }

    private Outcome outcome(String action, String id, String comment, LocalDate announcedOn, CurrentUser official) {
        try {
            var moved = switch (action) {
                case "start" -> review.startReview(id, comment, official);
                case "return" -> review.returnForMaterials(id, comment, official);
                case "recommend" -> review.recommend(id, comment, official);
                case "publicity" -> review.startPublicity(id, null, comment, official);
                case "approve" -> review.approve(id, announcedOn, comment, official);
                default -> review.reject(id, comment, official);
            };
            return new Outcome(id, moved.status().name(), null);
        } catch (ConflictException | NotFoundException | InvalidInputException e) {
            return new Outcome(id, null, e.getMessage());
        }
    }
}
