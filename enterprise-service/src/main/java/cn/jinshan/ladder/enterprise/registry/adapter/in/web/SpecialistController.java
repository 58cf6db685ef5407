package cn.jinshan.ladder.enterprise.registry.adapter.in.web;

import cn.jinshan.ladder.enterprise.registry.application.EnterpriseService;
import cn.jinshan.ladder.enterprise.registry.domain.Specialist;
import cn.jinshan.ladder.kit.error.InvalidInputException;
import cn.jinshan.ladder.kit.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Officials (re)assign the service specialist of a firm. */
@RestController
class SpecialistController {

    /** The specialist to assign, by username and, if known, Keycloak subject. */
    record AssignRequest(
            @Size(max = 100) String subject,
            @Size(max = 100) String username) {}

    private final EnterpriseService enterprises;

    SpecialistController(EnterpriseService enterprises) {
        this.enterprises = enterprises;
    }

    @PutMapping("/api/enterprises/{id}/specialist")
    EnterpriseView assign(@PathVariable String id, @Valid @RequestBody AssignRequest request, CurrentUser user) {
        if (isBlank(request.subject()) && isBlank(request.username())) {
            throw new InvalidInputException("username", "notBlank", "Name the specialist by username or subject");
        }
        Specialist specialist = new Specialist(
                isBlank(request.subject()) ? null : request.subject().trim(),
                isBlank(request.username()) ? null : request.username().trim());
        return EnterpriseView.of(enterprises.assignSpecialist(id, specialist, user));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
