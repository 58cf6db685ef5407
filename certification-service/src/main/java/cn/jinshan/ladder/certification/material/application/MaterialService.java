package cn.jinshan.ladder.certification.material.application;

import cn.jinshan.ladder.certification.application.application.ApplicationDrafts;
import cn.jinshan.ladder.certification.application.domain.ApplicationState;
import cn.jinshan.ladder.certification.application.domain.ApplicationStatus;
import cn.jinshan.ladder.certification.material.domain.ContentInspection;
import cn.jinshan.ladder.certification.material.domain.FileType;
import cn.jinshan.ladder.certification.material.domain.Material;
import cn.jinshan.ladder.kit.error.ConflictException;
import cn.jinshan.ladder.kit.error.ForbiddenException;
import cn.jinshan.ladder.kit.error.InvalidInputException;
import cn.jinshan.ladder.kit.error.NotFoundException;
import cn.jinshan.ladder.kit.security.CurrentUser;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Materials of an application: a firm uploads PDF, PNG or JPEG files (checked by their bytes and structure, within
 * the size limit, under a plain name; see {@link UploadPolicy}) while its application is a draft or returned; each upload of a kind is a new version; whoever may see the
 * application may list and download them.
 */
@Service
@EnableConfigurationProperties(MaterialProperties.class)
public class MaterialService {

    private static final Set<ApplicationStatus> EDITABLE = Set.of(ApplicationStatus.DRAFT, ApplicationStatus.RETURNED);

    private final ApplicationDrafts applications;
    private final MaterialStorage storage;
    private final MaterialProperties properties;
    private final Clock clock;

    MaterialService(
            ApplicationDrafts applications, MaterialStorage storage, MaterialProperties properties, Clock clock) {
        this.applications = applications;
        this.storage = storage;
        this.properties = properties;
        this.clock = clock;
    }

    public Material upload(
            String applicationId,
            String kind,
            String originalName,
            String declaredType,
            byte[] content,
            CurrentUser caller) {
        ApplicationState application = applications.get(applicationId, caller);
        if (!caller.belongsTo(application.enterpriseId())) {
            throw new ForbiddenException("only the firm's own users upload its materials");
        }
        if (!EDITABLE.contains(application.status())) {
            throw new ConflictException(
                    "application-not-editable",
                    "materials can be added while the application is DRAFT or RETURNED, it is " + application.status());
        }
        if (kind == null || !Material.KIND.matcher(kind).matches()) {
            throw new InvalidInputException(
                    "kind", "pattern", "must be lower-case words joined by hyphens, e.g. audit-report");
        }
        if (content.length == 0) {
            throw new InvalidInputException("file", "notEmpty", "the file is empty");
        }
        if (content.length > properties.maxBytes()) {
            throw new InvalidInputException(
                    "file", "maxSize", "the file is larger than " + properties.maxBytes() + " bytes");
        }
        ContentInspection.signature(content).ifPresent(refusal -> {
            throw new InvalidInputException(refusal.field(), refusal.rule(), refusal.message());
        });
        FileType type = FileType.detect(content)
                .orElseThrow(() -> new InvalidInputException(
                        "file", "fileType", "only PDF, PNG and JPEG files are accepted (checked by content)"));
        UploadPolicy.refusal(type, originalName, declaredType, content).ifPresent(refusal -> {
            throw new InvalidInputException(refusal.field(), refusal.rule(), refusal.message());
        });
        int version = (int) storage.list(applicationId).stream()
                        .filter(material -> material.kind().equals(kind))
                        .count()
                + 1;
        Material material = new Material(
                UUID.randomUUID().toString(),
                applicationId,
                application.enterpriseId(),
                kind,
                version,
                type,
                content.length,
                Material.sanitise(originalName),
                caller.subject(),
                clock.instant());
        return storage.store(material, content);
    }

    public List<Material> list(String applicationId, CurrentUser caller) {
        applications.get(applicationId, caller);
        return storage.list(applicationId);
    }

    /** A material and its bytes, for download. */
    public Download download(String applicationId, String materialId, CurrentUser caller) {
        applications.get(applicationId, caller);
        Material material = storage.find(applicationId, materialId)
                .orElseThrow(() -> new NotFoundException("material", materialId));
        return new Download(material, storage.content(materialId));
    }

    /** A material with its content. */
    public record Download(Material material, byte[] content) {}
}
