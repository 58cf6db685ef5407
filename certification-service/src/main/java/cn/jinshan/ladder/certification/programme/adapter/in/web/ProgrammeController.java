package cn.jinshan.ladder.certification.programme.adapter.in.web;

import cn.jinshan.ladder.certification.programme.application.ProgrammeCatalogue;
import cn.jinshan.ladder.certification.programme.domain.ApplicationWindow;
import cn.jinshan.ladder.certification.programme.domain.Programme;
import cn.jinshan.ladder.certification.programme.domain.RuleVersion;
import cn.jinshan.ladder.kit.error.InvalidInputException;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The programme catalogue: readable by every signed-in user, maintained by administrators. */
@RestController
@RequestMapping("/api/programmes")
class ProgrammeController {

    private final ProgrammeCatalogue catalogue;

    ProgrammeController(ProgrammeCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    List<ProgrammeResponse> list() {
        return catalogue.all().stream().map(ProgrammeResponse::of).toList();
    }

    @GetMapping("/{code}")
    ProgrammeResponse get(@PathVariable String code) {
        return ProgrammeResponse.of(catalogue.get(code));
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<ProgrammeResponse> create(@RequestBody Programme programme) {
        Programme created = catalogue.create(programme);
        return ResponseEntity.created(URI.create("/api/programmes/" + created.code()))
                .body(ProgrammeResponse.of(created));
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    ProgrammeResponse replace(@PathVariable String code, @RequestBody Programme programme) {
        matchesPath("code", programme.code(), code);
        return ProgrammeResponse.of(catalogue.replace(programme.withCode(code)));
    }

    @PostMapping("/{code}/rule-versions")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<ProgrammeResponse> addRuleVersion(@PathVariable String code, @RequestBody RuleVersion version) {
        Programme updated = catalogue.addRuleVersion(code, version);
        return ResponseEntity.created(URI.create("/api/programmes/" + code)).body(ProgrammeResponse.of(updated));
    }

    @PutMapping("/{code}/rule-versions/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    ProgrammeResponse putRuleVersion(
            @PathVariable String code, @PathVariable String id, @RequestBody RuleVersion version) {
        matchesPath("id", version.id(), id);
        return ProgrammeResponse.of(catalogue.putRuleVersion(code, version.withId(id)));
    }

    @PutMapping("/{code}/windows/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    ProgrammeResponse putWindow(
            @PathVariable String code, @PathVariable String id, @RequestBody ApplicationWindow window) {
        matchesPath("id", window.id(), id);
        return ProgrammeResponse.of(catalogue.putWindow(code, window.withId(id)));
    }

    private static void matchesPath(String field, String inBody, String inPath) {
        if (inBody != null && !Objects.equals(inBody, inPath)) {
            throw new InvalidInputException(field, "matchesPath", "must be absent or equal to the path's " + inPath);
        }
    }
}
