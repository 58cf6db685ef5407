package cn.jinshan.ladder.enterprise.registry.adapter.in.web;

import cn.jinshan.ladder.enterprise.registry.application.RegisterEnterprise;
import cn.jinshan.ladder.enterprise.registry.domain.Profile;
import cn.jinshan.ladder.enterprise.registry.domain.Specialist;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Body of {@code POST /api/enterprises}; the credit code becomes the id. */
record RegisterRequest(
        String creditCode,
        @Size(max = 200) String legalName,
        @Size(max = 100) String shortName,
        LocalDate registrationDate,
        @Size(max = 100) String town,
        @Size(max = 100) String park,
        @Size(max = 100) String cluster,
        @Size(max = 100) String subSector,
        Boolean aboveScale,
        LocalDate aboveScaleSince,
        Boolean digitallyTransformed,
        LocalDate digitallyTransformedSince,
        @Valid @Size(max = 20) List<@NotNull ContactRequest> contacts,
        @Size(max = 100) String specialistId,
        @Size(max = 100) String specialistUsername) {

    RegisterEnterprise toCommand() {
        Profile profile = new Profile(
                legalName,
                shortName,
                registrationDate,
                town,
                park,
                cluster,
                subSector,
                Boolean.TRUE.equals(aboveScale),
                aboveScaleSince,
                Boolean.TRUE.equals(digitallyTransformed),
                digitallyTransformedSince,
                ContactRequest.toContacts(contacts));
        Specialist specialist = specialistId == null && specialistUsername == null
                ? null
                : new Specialist(specialistId, specialistUsername);
        return new RegisterEnterprise(creditCode == null ? null : creditCode.trim(), profile, specialist);
    }
}
