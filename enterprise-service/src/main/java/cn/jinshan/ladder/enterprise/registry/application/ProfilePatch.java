package cn.jinshan.ladder.enterprise.registry.application;

import cn.jinshan.ladder.enterprise.registry.domain.Contact;
import cn.jinshan.ladder.enterprise.registry.domain.Profile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A partial profile change: null leaves a field as it is. Only {@code contacts} is open to a firm's own users. */
public record ProfilePatch(
        String legalName,
        String shortName,
        LocalDate registrationDate,
        String town,
        String park,
        String cluster,
        String subSector,
        Boolean aboveScale,
        LocalDate aboveScaleSince,
        Boolean digitallyTransformed,
        LocalDate digitallyTransformedSince,
        List<Contact> contacts) {

    /** The fields set in this patch other than contacts. */
    public List<String> profileFieldsSet() {
        List<String> set = new ArrayList<>();
        addIf(set, "legalName", legalName);
        addIf(set, "shortName", shortName);
        addIf(set, "registrationDate", registrationDate);
        addIf(set, "town", town);
        addIf(set, "park", park);
        addIf(set, "cluster", cluster);
        addIf(set, "subSector", subSector);
        addIf(set, "aboveScale", aboveScale);
        addIf(set, "aboveScaleSince", aboveScaleSince);
        addIf(set, "digitallyTransformed", digitallyTransformed);
        addIf(set, "digitallyTransformedSince", digitallyTransformedSince);
        return set;
    }

    /** The profile with this patch applied. */
    public Profile applyTo(Profile p) {
        return new Profile(
                or(legalName, p.legalName()),
                or(shortName, p.shortName()),
                or(registrationDate, p.registrationDate()),
                or(town, p.town()),
                or(park, p.park()),
                or(cluster, p.cluster()),
                or(subSector, p.subSector()),
                or(aboveScale, p.aboveScale()),
                or(aboveScaleSince, p.aboveScaleSince()),
                or(digitallyTransformed, p.digitallyTransformed()),
                or(digitallyTransformedSince, p.digitallyTransformedSince()),
                or(contacts, p.contacts()));
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private static void addIf(List<String> set, String name, Object value) {
        if (value != null) {
            set.add(name);
        }
    }
}
