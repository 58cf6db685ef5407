package cn.jinshan.ladder.enterprise.registry.adapter.out.mongo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the service is up, moves the yearly figures out of every {@code enterprises} document that still embeds them
 * (written before the figures had their own collection, by earlier runs or the demo seeder), in the background. Until a
 * firm is moved, reading its figures moves it first ({@link MongoFigures#read}), so the figures are served
 * throughout; an interrupted sweep resumes at the next start with the firms still in the old shape.
 */
@Component
class FiguresMigration {

    private static final Logger log = LoggerFactory.getLogger(FiguresMigration.class);

    private final MongoFigures figures;

    FiguresMigration(MongoFigures figures) {
        this.figures = figures;
    }

    @EventListener(ApplicationReadyEvent.class)
    void migrateInBackground() {
        Thread thread = new Thread(this::migrateAllLogged, "figures-migration");
        thread.setDaemon(true);
        thread.start();
    }

    private void migrateAllLogged() {
        try {
            long started = System.nanoTime();
            int moved = figures.migrateAll();
            if (moved > 0) {
                log.info(
                        "moved the yearly figures of {} enterprises to {} in {} ms",
                        moved,
                        FiguresDocument.COLLECTION,
                        (System.nanoTime() - started) / 1_000_000);
            }
        } catch (RuntimeException e) {
            log.error("moving the yearly figures stopped; the next start resumes it", e);
        }
    }
}
