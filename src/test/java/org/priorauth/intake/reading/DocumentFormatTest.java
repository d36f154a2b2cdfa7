package org.priorauth.intake.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** A file is what its bytes say; its name decides only where the bytes leave it open. */
class DocumentFormatTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] image(String format) throws Exception {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY), format, out);
        return out.toByteArray();
    }

    @Test
    void theBytesWinOverALyingName() throws Exception {
        assertThat(DocumentFormat.detect("scan.pdf", image("png"), null)).isEqualTo(DocumentFormat.PNG);
        assertThat(DocumentFormat.detect("fax.tif", image("jpeg"), null)).isEqualTo(DocumentFormat.JPEG);
        assertThat(DocumentFormat.detect("letter.html", bytes("%PDF-1.4\n%...\n"), null))
                .isEqualTo(DocumentFormat.PDF);
        assertThat(DocumentFormat.detect("no-name", image("tiff"), null)).isEqualTo(DocumentFormat.TIFF);
    }

    @Test
    void withoutAKnownNameAPageOrAMailIsKnownByItsContent() {
        byte[] page = bytes("\n  <!DOCTYPE html>\n<html><body><p>Determination</p></body></html>");
        assertThat(DocumentFormat.detect("download", page, null)).isEqualTo(DocumentFormat.HTML);
        byte[] mail = bytes("Received: from fax.example.org\r\nFrom: pa@example.org\r\nSubject: PA\r\n"
                + "Date: Mon, 2 Nov 2026 10:00:00 -0500\r\nMessage-ID: <1@example.org>\r\n\r\nbody\r\n");
        assertThat(DocumentFormat.detect("saved-message.msg0", mail, null)).isEqualTo(DocumentFormat.MAIL);
    }

    @Test
    void aNameThatPromisesWhatTheBytesAreNotGivesTheReason() {
        assertThatThrownBy(() -> DocumentFormat.detect("denial.pdf", bytes("not a pdf at all"), null))
                .hasMessageContaining("corrupt PDF");
        assertThatThrownBy(() -> DocumentFormat.detect("page1.tiff", bytes("truncated"), null))
                .hasMessageContaining("corrupt image: the .tiff file");
        assertThatThrownBy(() -> DocumentFormat.detect("empty.pdf", new byte[0], null))
                .hasMessageContaining("empty file");
        assertThatThrownBy(() -> DocumentFormat.detect("sheet.xyz", bytes("a,b,c\n1,2,3\n"), null))
                .hasMessageContaining("unsupported file type: .xyz");
    }
}
