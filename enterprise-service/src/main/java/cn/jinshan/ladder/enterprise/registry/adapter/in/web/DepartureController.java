package cn.jinshan.ladder.enterprise.registry.adapter.in.web;

import cn.jinshan.ladder.enterprise.registry.application.EnterpriseService;
import cn.jinshan.ladder.enterprise.registry.domain.Departure;
import cn.jinshan.ladder.kit.error.InvalidInputException;
import cn.jinshan.ladder.kit.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Officials record that a firm left the district (迁出/注销). */
@RestController
class DepartureController {

    /** The day it left, why ({@code MOVED_OUT} 迁出 or {@code DEREGISTERED} 注销), and an optional note. */
    record DepartureRequest(
            @NotBlank String date,

            @NotBlank @Pattern(regexp = "MOVED_OUT|DEREGISTERED")
            String reason,

            @Size(max = 500) String note) {}

    private final EnterpriseService enterprises;

    DepartureController(EnterpriseService enterprises) {
        this.enterprises = enterprises;
    }

    @PostMapping("/api/enterprises/{id}/departure")
    EnterpriseView leave(@PathVariable String id, @Valid @RequestBody DepartureRequest request, CurrentUser user) {
        LocalDate on;
        try {
            on = LocalDate.parse(request.date().trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("date", "date", "date must be a date yyyy-MM-dd");
        }
        String note = request.note() == null || request.note().isBlank()
                ? null
                : request.note().trim();
        return EnterpriseView.of(
                enterprises.leaveDistrict(id, on, Departure.Reason.valueOf(request.reason()), note, user));
    }
}
