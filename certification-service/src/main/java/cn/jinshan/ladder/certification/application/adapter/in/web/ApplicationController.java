package cn.jinshan.ladder.certification.application.adapter.in.web;

import cn.jinshan.ladder.certification.application.application.ApplicationDrafts;
import cn.jinshan.ladder.certification.application.application.ApplicationFilter;
import cn.jinshan.ladder.certification.application.application.OpenApplication;
import cn.jinshan.ladder.certification.application.domain.Transition;
import cn.jinshan.ladder.kit.security.CurrentUser;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A firm's applications: open, edit, submit, resubmit, withdraw; reading for the firm and for officials. */
@RestController
@RequestMapping("/api/applications")
@PreAuthorize("hasAnyRole('ENTERPRISE','OFFICIAL','ADMIN')")
class ApplicationController {

    private final ApplicationDrafts drafts;

    ApplicationController(ApplicationDrafts drafts) {
        this.drafts = drafts;
    }

    @PostMapping
    @PreAuthorize("hasRole('ENTERPRISE')")
    ResponseEntity<ApplicationResponse> open(@RequestBody ApplicationRequests.Open request, CurrentUser caller) {
        var opened = drafts.open(
                new OpenApplication(request.programme(), request.ruleVersion(), Boolean.TRUE.equals(request.renewal())),
                caller);
        return ResponseEntity.created(URI.create("/api/applications/" + opened.id()))
                .body(ApplicationResponse.of(opened));
    }

    @GetMapping
    List<ApplicationResponse> list(
            @RequestParam(required = false) String enterpriseId,
            @RequestParam(required = false) String programme,
            @RequestParam(required = false) String status,
            CurrentUser caller) {
        return drafts
                .list(new ApplicationFilter(enterpriseId, programme, StatusParameter.parse(status)), caller)
                .stream()
                .map(ApplicationResponse::of)
                .toList();
    }

    @GetMapping("/{id}")
    ApplicationResponse get(@PathVariable String id, CurrentUser caller) {
        return ApplicationResponse.of(drafts.get(id, caller));
    }

    @GetMapping("/{id}/history")
    List<Transition> history(@PathVariable String id, CurrentUser caller) {
        return drafts.get(id, caller).history();
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ENTERPRISE')")
    ApplicationResponse edit(
            @PathVariable String id, @RequestBody ApplicationRequests.Edit request, CurrentUser caller) {
        return ApplicationResponse.of(drafts.edit(
                id,
                request.metrics() == null ? Map.of() : request.metrics(),
                request.answers() == null ? Map.of() : request.answers(),
                caller));
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasRole('ENTERPRISE')")
    ApplicationResponse submit(
            @PathVariable String id, @RequestBody ApplicationRequests.Submit request, CurrentUser caller) {
        return ApplicationResponse.of(drafts.submit(id, Boolean.TRUE.equals(request.authenticityCommitment()), caller));
    }

    @PostMapping("/{id}/resubmit")
    @PreAuthorize("hasRole('ENTERPRISE')")
    ApplicationResponse resubmit(
            @PathVariable String id, @RequestBody ApplicationRequests.Comment request, CurrentUser caller) {
        return ApplicationResponse.of(drafts.resubmit(id, request.text(), caller));
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize("hasRole('ENTERPRISE')")
    ApplicationResponse withdraw(
            @PathVariable String id, @RequestBody ApplicationRequests.Comment request, CurrentUser caller) {
        return ApplicationResponse.of(drafts.withdraw(id, request.text(), caller));
    }
}
