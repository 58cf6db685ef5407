package cn.jinshan.ladder.certification.material.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The file types materials may have, recognised by their leading bytes (never by name or declared type). */
public enum FileType {
    PDF("application/pdf", "pdf", Set.of("pdf"), new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", "png", Set.of("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG("image/jpeg", "jpg", Set.of("jpg", "jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    private final String mediaType;
    private final String extension;
    private final Set<String> extensions;
    private final byte[] magic;

    FileType(String mediaType, String extension, Set<String> extensions, byte[] magic) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.extensions = extensions;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The extension of server-generated names. */
    public String extension() {
        return extension;
    }

    /** The extensions an uploader's file name may end in. */
    public Set<String> extensions() {
        return extensions;
    }

    int magicLength() {
        return magic.length;
    }

    /** The allowed type these bytes start with, if any. */
    public static Optional<FileType> detect(byte[] content) {
        return Arrays.stream(values()).filter(type -> type.matches(content)).findFirst();
    }

    private boolean matches(byte[] content) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
