package cn.jinshan.ladder.certification.material;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinshan.ladder.certification.material.domain.ContentInspection;
import cn.jinshan.ladder.certification.material.domain.FileNames;
import cn.jinshan.ladder.certification.material.domain.FileType;
import cn.jinshan.ladder.certification.material.domain.Refusal;
import org.junit.jupiter.api.Test;

/** The upload checks accept ordinary documents and names; what they refuse is in {@code HostileUploadsIT}. */
class UploadChecksTest {

    @Test
    void wellFormedDocumentsPass() {
        assertThat(ContentInspection.inspect(FileType.PDF, SampleFiles.pdf())).isEmpty();
        assertThat(ContentInspection.inspect(FileType.PNG, SampleFiles.png("scanned 2026")))
                .isEmpty();
        assertThat(ContentInspection.inspect(FileType.JPEG, SampleFiles.jpeg())).isEmpty();
        assertThat(ContentInspection.signature(SampleFiles.pdf())).isEmpty();
    }

    @Test
    void aPdfNameLikeJsInsideALongerNameIsNotActiveContent() {
        byte[] pdf = SampleFiles.pdf("2 0 obj << /JSONData (x) /AAPL 1 >> endobj");

        assertThat(ContentInspection.inspect(FileType.PDF, pdf)).isEmpty();
        assertThat(ContentInspection.inspect(FileType.PDF, SampleFiles.pdf("2 0 obj << /JS (x) >> endobj")))
                .map(Refusal::rule)
                .hasValue("activeContent");
    }

    @Test
    void ordinaryNamesPassIncludingChineseAndJpegSpellings() {
        assertThat(FileNames.check("审计报告 (2025年度).pdf", FileType.PDF)).isEmpty();
        assertThat(FileNames.check("plaque_photo-v2.JPEG", FileType.JPEG)).isEmpty();
        assertThat(FileNames.check("scan.2026.01.png", FileType.PNG)).isEmpty();
        assertThat(FileNames.check("CONTRACT.pdf", FileType.PDF)).isEmpty();
    }

    @Test
    void aNameMustEndInTheDetectedTypesExtension() {
        assertThat(FileNames.check("photo.png", FileType.PDF))
                .map(Refusal::rule)
                .hasValue("extension");
        assertThat(FileNames.check("report", FileType.PDF)).map(Refusal::rule).hasValue("extension");
        assertThat(FileNames.check("LPT1.pdf", FileType.PDF)).map(Refusal::rule).hasValue("fileName");
    }
}
