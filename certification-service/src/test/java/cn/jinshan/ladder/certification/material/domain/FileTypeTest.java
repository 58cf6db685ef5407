package cn.jinshan.ladder.certification.material.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileTypeTest {

    @Test
    void theAllowedTypesAreRecognisedByTheirLeadingBytes() {
        assertThat(FileType.detect("%PDF-1.4 ...".getBytes(StandardCharsets.US_ASCII)))
                .hasValue(FileType.PDF);
        assertThat(FileType.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}))
                .hasValue(FileType.PNG);
        assertThat(FileType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .hasValue(FileType.JPEG);
    }

    @Test
    void anythingElseIsRefusedWhateverItIsCalled() {
        assertThat(FileType.detect(new byte[] {'M', 'Z', (byte) 0x90, 0})).isEmpty();
        assertThat(FileType.detect("<html>%PDF-".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(FileType.detect(new byte[] {'%', 'P'})).isEmpty();
        assertThat(FileType.detect(new byte[0])).isEmpty();
    }

    @Test
    void uploadersFileNamesLoseTheirPathAndUnsafeCharacters() {
        assertThat(Material.sanitise("../../etc/passwd")).isEqualTo("passwd");
        assertThat(Material.sanitise("C:\\Users\\a\\审计报告 (2025).pdf")).isEqualTo("审计报告 (2025).pdf");
        assertThat(Material.sanitise("<script>\"x\".pdf")).isEqualTo("_script__x_.pdf");
        assertThat(Material.sanitise("a".repeat(300))).hasSize(100);
    }
}
