package cn.jinshan.ladder.enterprise.registry.adapter.in.web;

import cn.jinshan.ladder.enterprise.registry.domain.Contact;
import cn.jinshan.ladder.enterprise.registry.domain.Departure;
import cn.jinshan.ladder.enterprise.registry.domain.Enterprise;
import cn.jinshan.ladder.enterprise.registry.domain.Profile;
import cn.jinshan.ladder.enterprise.registry.domain.Specialist;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An enterprise's profile as the API shows it. */
record EnterpriseView(
        String id,
        String creditCode,
        String legalName,
        String shortName,
        LocalDate registrationDate,
        String town,
        String park,
        String cluster,
        String subSector,
        boolean aboveScale,
        LocalDate aboveScaleSince,
        boolean digitallyTransformed,
        LocalDate digitallyTransformedSince,
        List<Contact> contacts,
        Specialist specialist,
        String rung,
        List<String> activeProgrammes,
        Instant registeredAt,
        Instant updatedAt,
        String status,
        Departure departure) {

    static EnterpriseView of(Enterprise e) {
        Profile p = e.profile();
        return new EnterpriseView(
                e.id().value(),
                e.id().value(),
                p.legalName(),
                p.shortName(),
                p.registrationDate(),
                p.town(),
                p.park(),
                p.cluster(),
                p.subSector(),
                p.aboveScale(),
                p.aboveScaleSince(),
                p.digitallyTransformed(),
                p.digitallyTransformedSince(),
                p.contacts(),
                e.specialist(),
                e.rung().name(),
                e.holdings().stream()
                        .filter(h -> h.status().name().equals("ACTIVE"))
                        .map(h -> h.programme())
                        .distinct()
                        .sorted()
                        .toList(),
                e.registeredAt(),
                e.updatedAt(),
                e.hasLeft() ? "LEFT" : "ACTIVE",
                e.departure());
    }
}
