package cn.jinshan.ladder.enterprise.registry.adapter.in.web;

import cn.jinshan.ladder.enterprise.registry.application.ProfilePatch;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Body of {@code PATCH /api/enterprises/{id}}: absent or null fields stay as they are. */
record PatchRequest(
        @Size(min = 1, max = 200) String legalName,
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
        @Valid @Size(max = 20) List<@NotNull ContactRequest> contacts) {

    ProfilePatch toPatch() {
        return new ProfilePatch(
                legalName,
                shortName,
                registrationDate,
                town,
                park,
                cluster,
                subSector,
                aboveScale,
                aboveScaleSince,
                digitallyTransformed,
                digitallyTransformedSince,
                contacts == null ? null : ContactRequest.toContacts(contacts));
    }
}
