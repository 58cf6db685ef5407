package cn.jinshan.ladder.certification.application.adapter.in.web;

import cn.jinshan.ladder.certification.application.application.ApplicationReview;
import cn.jinshan.ladder.kit.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The review endpoints: only officials move an application through review, each step with a comment. */
@RestController
@RequestMapping("/api/applications/{id}/review")
@PreAuthorize("hasRole('OFFICIAL')")
class ReviewController {

    private final ApplicationReview review;

    ReviewController(ApplicationReview review) {
        this.review = review;
    }

    @PostMapping("/start")
    ApplicationResponse start(
            @PathVariable String id, @RequestBody ApplicationRequests.Comment request, CurrentUser official) {
        return ApplicationResponse.of(review.startReview(id, request.text(), official));
    }

    @PostMapping("/return")
    ApplicationResponse returnForMaterials(
            @PathVariable String id, @RequestBody ApplicationRequests.Comment request, CurrentUser official) {
        return ApplicationResponse.of(review.returnForMaterials(id, request.text(), official));
    }

    @PostMapping("/recommend")
    ApplicationResponse recommend(
            @PathVariable String id, @RequestBody ApplicationRequests.Comment request, CurrentUser official) {
        return ApplicationResponse.of(review.recommend(id, request.text(), official));
    }

    @PostMapping("/publicity")
    ApplicationResponse publicity(
            @PathVariable String id, @RequestBody ApplicationRequests.Publicity request, CurrentUser official) {
        return ApplicationResponse.of(
                review.startPublicity(id, request.publicityEndsOn(), request.comment(), official));
    }

    @PostMapping("/approve")
    ApplicationResponse approve(
            @PathVariable String id, @RequestBody ApplicationRequests.Approve request, CurrentUser official) {
        return ApplicationResponse.of(review.approve(id, request.announcedOn(), request.comment(), official));
    }

    @PostMapping("/reject")
    ApplicationResponse reject(
            @PathVariable String id, @RequestBody ApplicationRequests.Comment request, CurrentUser official) {
        return ApplicationResponse.of(review.reject(id, request.text(), official));
    }
}
