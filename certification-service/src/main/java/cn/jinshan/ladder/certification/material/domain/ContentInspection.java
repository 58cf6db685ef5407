package cn.jinshan.ladder.certification.material.domain;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * A minimal structural check of an upload whose leading bytes name an allowed type: the file must be complete and
 * end where its format ends (nothing appended, so no ZIP/JAR/script tail makes a polyglot), a PDF must carry no
 * active content (JavaScript, launch, open or additional actions, embedded files, forms submitted elsewhere), and no
 * file may carry markup or script that a browser or interpreter would run.
 */
public final class ContentInspection {

    private static final List<String> PDF_ACTIVE = List.of(
            "/javascript",
            "/js",
            "/launch",
            "/openaction",
            "/aa",
            "/embeddedfile",
            "/embeddedfiles",
            "/submitform",
            "/importdata",
            "/richmedia",
            "/xfa",
            "/gotoe");
    private static final List<String> MARKUP =
            List.of("<script", "<html", "<!doctype", "<?php", "<?=", "<svg", "<iframe", "<body", "<%@", "javascript:");
    private static final String EICAR = "EICAR-STANDARD-ANTIVIRUS-TEST-FILE";

    private ContentInspection() {}

    /**
     * Refuses content carrying the EICAR anti-virus test signature, whatever its type. This recognises the test
     * signature only; it is not a virus scanner.
     */
    public static Optional<Refusal> signature(byte[] content) {
        return new String(content, StandardCharsets.ISO_8859_1).contains(EICAR)
                ? refuse("malware", "the file carries a known malware signature (EICAR)")
                : Optional.empty();
    }

    /** The reason this content, recognised as {@code type}, is refused, if any. */
    public static Optional<Refusal> inspect(FileType type, byte[] content) {
        String latin = new String(content, StandardCharsets.ISO_8859_1);
        String lower = latin.toLowerCase(Locale.ROOT);
        Optional<Refusal> structure = switch (type) {
            case PDF -> pdf(latin, lower);
            case PNG -> png(content);
            case JPEG -> jpeg(content);
        };
        if (structure.isPresent()) {
            return structure;
        }
        return MARKUP.stream()
                .filter(lower::contains)
                .findFirst()
                .flatMap(marker -> refuse("embeddedContent", "the file carries markup or script (" + marker + ")"));
    }

    private static Optional<Refusal> pdf(String latin, String lower) {
        int end = latin.lastIndexOf("%%EOF");
        if (end < 0) {
            return refuse("structure", "the PDF is incomplete: it has no end-of-file marker");
        }
        if (!latin.substring(end + 5).isBlank()) {
            return refuse("structure", "the PDF has data appended after its end-of-file marker");
        }
        return PDF_ACTIVE.stream()
                .filter(name -> containsName(lower, name))
                .findFirst()
                .flatMap(name -> refuse("activeContent", "the PDF carries active content (" + name + ")"));
    }

    /** A PDF name token: the name followed by a delimiter, so {@code /JS} does not match {@code /JSomething}. */
    private static boolean containsName(String lower, String name) {
        int from = lower.indexOf(name);
        while (from >= 0) {
            int after = from + name.length();
            if (after >= lower.length() || !Character.isLetterOrDigit(lower.charAt(after))) {
                return true;
            }
            from = lower.indexOf(name, after);
        }
        return false;
    }

    private static Optional<Refusal> png(byte[] content) {
        int at = FileType.PNG.magicLength();
        boolean first = true;
        while (at + 12 <= content.length) {
            long length = readInt(content, at);
            String chunk = new String(content, at + 4, 4, StandardCharsets.ISO_8859_1);
            if (length < 0 || length > content.length - at - 12L || (first && !chunk.equals("IHDR"))) {
                return refuse("structure", "the PNG's chunks are malformed");
            }
            CRC32 crc = new CRC32();
            crc.update(content, at + 4, 4 + (int) length);
            if (crc.getValue() != readInt(content, at + 8 + (int) length)) {
                return refuse("structure", "the PNG chunk " + chunk + " fails its checksum");
            }
            at += 12 + (int) length;
            first = false;
            if (chunk.equals("IEND")) {
                return at == content.length
                        ? Optional.empty()
                        : refuse("structure", "the PNG has data appended after its end");
            }
        }
        return refuse("structure", "the PNG is incomplete: it has no end chunk");
    }

    private static Optional<Refusal> jpeg(byte[] content) {
        int n = content.length;
        if (n < 4 || (content[n - 2] & 0xFF) != 0xFF || (content[n - 1] & 0xFF) != 0xD9) {
            return refuse("structure", "the JPEG is incomplete or has data appended after its end marker");
        }
        return Optional.empty();
    }

    private static long readInt(byte[] content, int at) {
        return ((content[at] & 0xFFL) << 24)
                | ((content[at + 1] & 0xFFL) << 16)
                | ((content[at + 2] & 0xFFL) << 8)
                | (content[at + 3] & 0xFFL);
    }

    private static Optional<Refusal> refuse(String rule, String message) {
        return Optional.of(new Refusal("file", rule, message));
    }
}
