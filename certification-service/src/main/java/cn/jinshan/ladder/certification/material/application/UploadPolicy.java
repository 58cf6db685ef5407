package cn.jinshan.ladder.certification.material.application;

import cn.jinshan.ladder.certification.material.domain.ContentInspection;
import cn.jinshan.ladder.certification.material.domain.FileNames;
import cn.jinshan.ladder.certification.material.domain.FileType;
import cn.jinshan.ladder.certification.material.domain.Refusal;
import java.util.Locale;
import java.util.Optional;

/**
 * What an upload of a recognised type must also satisfy: a declared content type that agrees with the content (or
 * none, or {@code application/octet-stream}), a plain file name ending in the type's extension, and content that
 * passes {@link ContentInspection}.
 */
final class UploadPolicy {

    private UploadPolicy() {}

    static Optional<Refusal> refusal(FileType type, String name, String declaredType, byte[] content) {
        if (declaredType != null && !declaredType.isBlank()) {
            String declared = declaredType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (!declared.equals(type.mediaType()) && !declared.equals("application/octet-stream")) {
                return Optional.of(new Refusal(
                        "file",
                        "contentType",
                        "the declared content type " + declared + " does not match the content (" + type.mediaType()
                                + ")"));
            }
        }
        return FileNames.check(name, type).or(() -> ContentInspection.inspect(type, content));
    }
}
