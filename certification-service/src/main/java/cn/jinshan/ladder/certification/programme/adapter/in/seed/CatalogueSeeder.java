package cn.jinshan.ladder.certification.programme.adapter.in.seed;

import cn.jinshan.ladder.certification.programme.application.ProgrammeCatalogue;
import cn.jinshan.ladder.certification.programme.domain.Programme;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Seeds the catalogue at startup from {@code classpath:catalogue/*.json}; idempotent, never overwrites edits. */
@Component
class CatalogueSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CatalogueSeeder.class);
    static final String LOCATION = "classpath:catalogue/*.json";

    private final ProgrammeCatalogue catalogue;
    private final JsonMapper json;

    CatalogueSeeder(ProgrammeCatalogue catalogue, JsonMapper json) {
        this.catalogue = catalogue;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Programme> programmes = read(json);
        int added = catalogue.seed(programmes);
        log.info("programme catalogue seeded: {} of {} programmes added", added, programmes.size());
    }

    static List<Programme> read(JsonMapper json) {
        try {
            List<Programme> programmes = new ArrayList<>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                try (InputStream in = resource.getInputStream()) {
                    programmes.add(json.readValue(in, Programme.class));
                }
            }
            return programmes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seed catalogue", e);
        }
    }
}
