package cn.jinshan.ladder.enterprise.registry.adapter.in.web;

import cn.jinshan.ladder.enterprise.registry.application.EnterpriseService;
import cn.jinshan.ladder.enterprise.registry.domain.Enterprise;
import cn.jinshan.ladder.kit.security.CurrentUser;
import jakarta.validation.Valid;
import java.net.URI;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Registering, reading, listing and revising enterprises. */
@RestController
@RequestMapping("/api/enterprises")
class EnterpriseController {

    private final EnterpriseService enterprises;

    EnterpriseController(EnterpriseService enterprises) {
        this.enterprises = enterprises;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('OFFICIAL','ADMIN')")
    ResponseEntity<EnterpriseView> register(@Valid @RequestBody RegisterRequest request, CurrentUser user) {
        Enterprise enterprise = enterprises.register(request.toCommand(), user);
        return ResponseEntity.created(URI.create("/api/enterprises/" + enterprise.id()))
                .body(EnterpriseView.of(enterprise));
    }

    @GetMapping("/{id}")
    EnterpriseView get(@PathVariable String id, CurrentUser user) {
        return EnterpriseView.of(enterprises.get(id, user));
    }

    @GetMapping
    PageView<EnterpriseView> list(@ParameterObject ListParameters parameters, CurrentUser user) {
        return PageView.of(enterprises
                .search(parameters.toQuery(true), parameters.specialist(), user)
                .map(EnterpriseView::of));
    }

    @PatchMapping("/{id}")
    EnterpriseView revise(@PathVariable String id, @Valid @RequestBody PatchRequest request, CurrentUser user) {
        return EnterpriseView.of(enterprises.revise(id, request.toPatch(), user));
    }
}
