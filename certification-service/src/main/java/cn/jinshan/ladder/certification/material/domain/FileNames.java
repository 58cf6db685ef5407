package cn.jinshan.ladder.certification.material.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The uploader's file name must be a plain name ending in the extension of the detected type: no path, no control
 * or bidirectional-override characters, no percent-encoding, no Windows device name, no trailing dot or space, no
 * executable or markup extension hidden before the last one, at most 255 characters.
 */
public final class FileNames {

    static final int MAX_LENGTH = 255;

    private static final Pattern FORBIDDEN = Pattern.compile("[\\p{Cc}\\p{Cf}<>:\"/\\\\|?*]");
    private static final Pattern PERCENT_ENCODED = Pattern.compile("%[0-9A-Fa-f]{2}");
    private static final Pattern DEVICE = Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(\\..*)?");
    private static final Set<String> DANGEROUS = Set.of(
            "exe", "com", "bat", "cmd", "scr", "pif", "msi", "dll", "cpl", "lnk", "hta", "js", "jse", "vbs", "vbe",
            "wsf", "ps1", "sh", "bash", "jar", "class", "php", "phtml", "asp", "aspx", "jsp", "html", "htm", "xhtml",
            "svg", "xml", "swf", "py", "pl", "rb", "elf", "bin", "apk", "dmg", "iso", "zip", "rar", "7z", "gz", "tar");

    private FileNames() {}

    /** The reason this name is refused for content of the given type, if any. */
    public static Optional<Refusal> check(String name, FileType type) {
        if (name == null || name.isBlank()) {
            return refuse("fileName", "the file needs a name");
        }
        if (name.length() > MAX_LENGTH) {
            return refuse("fileName", "the file name is longer than " + MAX_LENGTH + " characters");
        }
        if (FORBIDDEN.matcher(name).find()) {
            return refuse(
                    "fileName", "the file name contains a path, a control or direction character, or one of <>:\"|?*");
        }
        if (PERCENT_ENCODED.matcher(name).find()) {
            return refuse("fileName", "the file name contains percent-encoded characters");
        }
        if (name.endsWith(".") || name.endsWith(" ") || name.startsWith(".")) {
            return refuse("fileName", "the file name starts with a dot or ends with a dot or a space");
        }
        if (DEVICE.matcher(name).matches()) {
            return refuse("fileName", "the file name is a reserved device name");
        }
        String[] parts = name.toLowerCase(Locale.ROOT).split("\\.", -1);
        if (parts.length < 2 || !type.extensions().contains(parts[parts.length - 1])) {
            return refuse("extension", "the file name must end in ." + type.extension() + " for this content");
        }
        for (int i = 1; i < parts.length - 1; i++) {
            if (DANGEROUS.contains(parts[i].strip())) {
                return refuse("extension", "the file name hides another extension (." + parts[i].strip() + ")");
            }
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refuse(String rule, String message) {
        return Optional.of(new Refusal("file", rule, message));
    }
}
