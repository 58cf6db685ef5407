package cn.jinshan.ladder.enterprise.demo.application;

import cn.jinshan.ladder.enterprise.registry.application.EnterpriseService;
import cn.jinshan.ladder.kit.audit.AuditLog;
import cn.jinshan.ladder.kit.audit.AuditOutcome;
import cn.jinshan.ladder.kit.error.ConflictException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo district once, when enabled and the registry is empty. Each firm is one insert carrying its
 * {@code EnterpriseRegistered} and {@code SpecialistAssigned} events, so other services' read models fill too.
 */
@Component
class DemoDataSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final DemoDataProperties properties;
    private final EnterpriseService enterprises;
    private final AuditLog audit;
    private final Clock clock;

    DemoDataSeeder(DemoDataProperties properties, EnterpriseService enterprises, AuditLog audit, Clock clock) {
        this.properties = properties;
        this.enterprises = enterprises;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedOnStart() {
        if (properties.enabled()) {
            seedIfEmpty();
        }
    }

    /** Seeds when no enterprise exists yet; returns how many firms were stored. */
    int seedIfEmpty() {
        if (!enterprises.isEmpty()) {
            log.info("demo data skipped: enterprises exist already");
            return 0;
        }
        int stored = seed();
        audit.record("demo-data.seed", "enterprise-list", "enterprises", AuditOutcome.SUCCEEDED, stored + " firms");
        log.info("demo data seeded: {} firms from seed {}", stored, properties.seed());
        return stored;
    }

    int seed() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        int stored = 0;
        for (DemoDistrict.SeededFirm firm : new DemoDistrict(properties.seed(), today).generate(properties.firms())) {
            try {
                if (enterprises.insertPrepared(firm.enterprise(), firm.events())) {
                    stored++;
                }
            } catch (ConflictException e) {
                log.info(
                        "demo firm {} was stored concurrently",
                        firm.enterprise().id());
            }
        }
        return stored;
    }
}
