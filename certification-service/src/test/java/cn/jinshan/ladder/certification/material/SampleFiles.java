package cn.jinshan.ladder.certification.material;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small, well-formed PDF, PNG and JPEG files and the pieces hostile files are built from, generated in code. */
final class SampleFiles {

    static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    private SampleFiles() {}

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** A one-page PDF whose body is {@code body} (PDF objects), ending with its end-of-file marker. */
    static byte[] pdf(String body) {
        return ascii("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n" + body
                + "\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    }

    static byte[] pdf() {
        return pdf("2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj");
    }

    /** A 1×1 grey PNG, with an optional extra text chunk (checksums right). */
    static byte[] png(String textChunk) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        out.writeBytes(chunk("IHDR", new byte[] {0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0}));
        if (textChunk != null) {
            out.writeBytes(chunk("tEXt", ascii("Comment\0" + textChunk)));
        }
        out.writeBytes(chunk("IDAT", new byte[] {0x78, (byte) 0x9C, 0x63, 0x60, 0, 0, 0, 0x02, 0, 0x01}));
        out.writeBytes(chunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    static byte[] png() {
        return png(null);
    }

    /** A minimal JFIF JPEG: start of image, APP0, end of image. */
    static byte[] jpeg() {
        return new byte[] {
            (byte) 0xFF,
            (byte) 0xD8,
            (byte) 0xFF,
            (byte) 0xE0,
            0,
            0x10,
            'J',
            'F',
            'I',
            'F',
            0,
            1,
            1,
            0,
            0,
            1,
            0,
            1,
            0,
            0,
            (byte) 0xFF,
            (byte) 0xD9
        };
    }

    /** A ZIP archive with the given entries; {@code inflated} bytes of zeros make a bomb-like ratio. */
    static byte[] zip(String entryName, byte[] content, int inflatedZeros) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entryName));
            zip.write(content);
            zip.closeEntry();
            if (inflatedZeros > 0) {
                zip.putNextEntry(new ZipEntry("zeros.bin"));
                byte[] block = new byte[64 * 1024];
                for (int written = 0; written < inflatedZeros; written += block.length) {
                    zip.write(block);
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = ascii(type);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length)
                .putInt(data.length)
                .put(typeBytes)
                .put(data)
                .putInt((int) crc.getValue())
                .array();
    }
}
