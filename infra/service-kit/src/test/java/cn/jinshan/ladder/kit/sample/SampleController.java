package cn.jinshan.ladder.kit.sample;

import cn.jinshan.ladder.kit.audit.AuditLog;
import cn.jinshan.ladder.kit.audit.AuditOutcome;
import cn.jinshan.ladder.kit.error.ForbiddenException;
import cn.jinshan.ladder.kit.error.NotFoundException;
import cn.jinshan.ladder.kit.events.EventEnvelope;
import cn.jinshan.ladder.kit.outbox.Outbox;
import cn.jinshan.ladder.kit.outbox.OutboxRecord;
import cn.jinshan.ladder.kit.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SampleController {

    record CreateSample(@NotBlank @Size(max = 20) String name) {}

    record SampleCreated(String id, String name) {}

    record Contact(@Size(max = 30) String phone) {}

    record CreateProfile(@NotBlank String name, @Valid Contact contact, int employees, List<String> tags) {}

    private final MongoTemplate mongo;
    private final Outbox outbox;
    private final AuditLog audit;

    SampleController(MongoTemplate mongo, Outbox outbox, AuditLog audit) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.audit = audit;
    }

    @GetMapping("/samples/me")
    Map<String, Object> me(CurrentUser user) {
        return Map.of("username", user.username(), "roles", user.roles());
    }

    @PostMapping("/samples")
    ResponseEntity<Void> create(@Valid @RequestBody CreateSample request) {
        String id = UUID.randomUUID().toString();
        EventEnvelope event = EventEnvelope.create(
                "sample.SampleCreated", 1, id, new SampleCreated(id, request.name()), Instant.now());
        OutboxRecord pending = outbox.record("enterprise.events", event);
        mongo.getCollection("samples")
                .insertOne(new Document("_id", id)
                        .append("name", request.name())
                        .append(OutboxRecord.FIELD, List.of(Outbox.toDocument(pending))));
        outbox.publishSoon("samples", id);
        return ResponseEntity.created(URI.create("/samples/" + id)).build();
    }

    @PostMapping("/samples/profiles")
    CreateProfile profile(@Valid @RequestBody CreateProfile request) {
        return request;
    }

    @PostMapping("/samples/{id}/approval")
    Map<String, String> approve(@PathVariable String id, CurrentUser user) {
        if (!user.isDistrictWide()) {
            throw new ForbiddenException("only officials approve samples");
        }
        audit.record("sample.approve", "sample", id, AuditOutcome.SUCCEEDED, "approved");
        return Map.of("id", id, "state", "approved");
    }

    @GetMapping("/samples/failing")
    Map<String, String> failing() {
        throw new IllegalStateException("the sample fails on purpose");
    }

    @GetMapping("/samples/{id}")
    Map<String, Object> read(@PathVariable String id) {
        Document document =
                mongo.getCollection("samples").find(new Document("_id", id)).first();
        if (document == null) {
            throw new NotFoundException("sample", id);
        }
        return Map.of(
                "id", id, "name", document.getString("name"), "pending", document.getList("outbox", Object.class));
    }

    @PostMapping(value = "/samples/uploads", consumes = "multipart/form-data")
    Map<String, Long> upload(
            @org.springframework.web.bind.annotation.RequestPart("file")
                    org.springframework.web.multipart.MultipartFile file) {
        return Map.of("size", file.getSize());
    }

    /** A shade, to show how an enum query parameter's wrong value is answered. */
    enum Shade {
        LIGHT,
        DARK
    }

    @GetMapping("/samples/typed")
    Map<String, Object> typed(@RequestParam int count, @RequestParam Shade shade) {
        return Map.of("count", count, "shade", shade.name());
    }

    @GetMapping("/samples/official-only")
    @PreAuthorize("hasRole('OFFICIAL')")
    Map<String, String> officialOnly() {
        return Map.of("ok", "yes");
    }
}
