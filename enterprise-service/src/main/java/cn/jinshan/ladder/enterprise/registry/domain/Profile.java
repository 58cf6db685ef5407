package cn.jinshan.ladder.enterprise.registry.domain;

import java.time.LocalDate;
import java.util.List;

/** What an enterprise is: names, place, cluster, flags with the dates they were gained, and contacts. */
public record Profile(
        String legalName,
        String shortName,
        LocalDate registrationDate,
        String town,
        String park,
        String cluster,
        String subSector,
        boolean aboveScale, // 规上工业
        LocalDate aboveScaleSince,
        boolean digitallyTransformed, // 数字化转型
        LocalDate digitallyTransformedSince,
        List<Contact> contacts) {

    public Profile {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }

    Profile withContacts(List<Contact> newContacts) {
        return new Profile(
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
                newContacts);
    }
}
