package cn.jinshan.ladder.notification.intake.application;

import cn.jinshan.ladder.kit.events.EventCodec;
import cn.jinshan.ladder.kit.events.IncomingEvent;
import cn.jinshan.ladder.kit.events.MalformedEventException;
import cn.jinshan.ladder.notification.directory.application.RecipientDirectory;
import cn.jinshan.ladder.notification.directory.domain.EnterpriseContact;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Keeps the recipient directory in step with the enterprise events that describe firms and their specialists. */
@Component
class DirectoryFeed {

    static final String REGISTERED = "enterprise.EnterpriseRegistered";
    static final String UPDATED = "enterprise.EnterpriseUpdated";
    static final String SPECIALIST_ASSIGNED = "enterprise.SpecialistAssigned";

    private final EventCodec codec;
    private final RecipientDirectory directory;

    DirectoryFeed(EventCodec codec, RecipientDirectory directory) {
        this.codec = codec;
        this.directory = directory;
    }

    /** The firm's entry as the event left it; empty for events that do not describe a firm. */
    Optional<EnterpriseContact> apply(IncomingEvent event) {
        return switch (event.type()) {
            case REGISTERED -> {
                EnterpriseRegistered e = codec.payload(event, EnterpriseRegistered.class);
                yield Optional.of(directory.record(new EnterpriseContact(
                        required(e.enterpriseId(), event),
                        e.legalName(),
                        e.shortName(),
                        e.town(),
                        e.cluster(),
                        e.specialistId(),
                        e.specialistUsername())));
            }
            case UPDATED -> {
                EnterpriseUpdated e = codec.payload(event, EnterpriseUpdated.class);
                yield Optional.of(directory.describe(
                        required(e.enterpriseId(), event), e.legalName(), e.shortName(), e.town(), e.cluster()));
            }
            case SPECIALIST_ASSIGNED -> {
                SpecialistAssigned e = codec.payload(event, SpecialistAssigned.class);
                yield Optional.of(directory.assignSpecialist(
                        required(e.enterpriseId(), event), e.specialistId(), e.specialistUsername()));
            }
            default -> Optional.empty();
        };
    }

    private static String required(String enterpriseId, IncomingEvent event) {
        if (enterpriseId == null || enterpriseId.isBlank()) {
            throw new MalformedEventException("enterpriseId is missing in " + event.eventId(), null);
        }
        return enterpriseId;
    }
}
