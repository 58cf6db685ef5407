package cn.jinshan.ladder.probes.sample;

import cn.jinshan.ladder.kit.problem.ProblemTypes;
import cn.jinshan.ladder.kit.problem.Problems;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Deliberately broken routes, one per breach the probes must detect. */
@RestController
@RequestMapping("/broken")
class BrokenController {

    record Ratio(Integer numerator, Integer denominator) {}

    /** Ignores unknown properties: a server-owned field slips through unnoticed. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Note(String text) {}

    record Profile(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            String name,

            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, type = "integer")
            String level) {}

    private final Map<String, Map<String, Object>> accounts = new ConcurrentHashMap<>();

    /** 500 when the denominator is 0 or missing. */
    @PostMapping("/ratios")
    Map<String, Integer> ratio(@RequestBody Ratio ratio) {
        return Map.of("value", ratio.numerator() / ratio.denominator());
    }

    /** Leaks the exception's class and message in a 400 problem. */
    @GetMapping("/lookup")
    ResponseEntity<?> lookup(@RequestParam String code) {
        try {
            return ResponseEntity.ok(Map.of("code", Integer.parseInt(code)));
        } catch (NumberFormatException e) {
            ProblemDetail problem =
                    Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.BAD_REQUEST, "Bad code", e.toString());
            return ResponseEntity.badRequest().body(problem);
        }
    }

    /** A 2xx that breaks its own schema: {@code name} missing (null) and {@code level} not an integer. */
    @GetMapping("/profiles/{id}")
    Profile profile(@PathVariable String id) {
        return new Profile(null, "high");
    }

    /** A 400 that is plain text instead of a problem. */
    @GetMapping("/plain")
    ResponseEntity<String> plain(@RequestParam(required = false) String q) {
        if (q != null && q.length() > 64) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body("too long");
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body("{\"ok\":true}");
    }

    /** Takes unknown properties silently. */
    @PostMapping("/notes")
    Map<String, String> note(@RequestBody Note note) {
        return Map.of("text", String.valueOf(note.text()));
    }

    /** Copies every body property onto the stored account: status, owner, anything. */
    @PatchMapping("/accounts/{id}")
    Map<String, Object> patchAccount(@PathVariable String id, @RequestBody Map<String, Object> changes) {
        return accounts.compute(id, (key, old) -> {
            Map<String, Object> account = new ConcurrentHashMap<>(old == null ? Map.of("status", "NEW") : old);
            changes.forEach((name, value) -> account.put(name, String.valueOf(value)));
            return account;
        });
    }

    @GetMapping("/accounts/{id}")
    Map<String, Object> account(@PathVariable String id) {
        return accounts.getOrDefault(id, Map.of("status", "NEW"));
    }
}
