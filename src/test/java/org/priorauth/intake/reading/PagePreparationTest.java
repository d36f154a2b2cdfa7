package org.priorauth.intake.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.priorauth.intake.samples.LetterRenderer;
import org.priorauth.intake.samples.SampleLetters;

/** A fax page prepared straight from its decoded bits is the page the gray path made, pixel for pixel. */
class PagePreparationTest {

    @Test
    void aDecodedG4PageIsPreparedFromItsBitsExactlyAsFromGray() throws Exception {
        // a specked page fed crooked (1.5 degrees), through the real G4 encoder and the JDK's TIFF decoder
        BufferedImage straight = LetterRenderer.faxPage(SampleLetters.approvalFax(SampleLetters.FERNHALL), "FAX", 5);
        BufferedImage crooked = PagePreparation.rotate(PageImages.toGray(straight), 1.5, false);
        BufferedImage drawn =
                new BufferedImage(crooked.getWidth(), crooked.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        drawn.createGraphics().drawImage(crooked, 0, 0, null);
        List<BufferedImage> decoded = new ArrayList<>();
        PageImages.forEachPage(LetterRenderer.faxTiff(List.of(drawn)), (page, n) -> decoded.add(page.image()));
        BufferedImage bits = decoded.get(0);

        assertThat(PagePreparation.faxInk(bits))
                .as("a one-bit page is read from its bits")
                .isNotNull();
        assertThat(PagePreparation.faxInk(PageImages.toGray(bits))).isNull();
        assertThat(pixels(PagePreparation.prepare(bits)))
                .isEqualTo(pixels(PagePreparation.prepare(PageImages.toGray(bits))));
    }

    @Test
    void aPaletteOfWhiteOnBlackIsReadTheRightWayRound() {
        BufferedImage page = new BufferedImage(40, 20, BufferedImage.TYPE_BYTE_BINARY);
        page.getRaster().setSample(3, 4, 0, 1); // one white pixel on a black page
        boolean[] ink = PagePreparation.faxInk(page);
        assertThat(ink[4 * 40 + 3]).isFalse();
        assertThat(ink[0]).isTrue();
    }

    private static byte[] pixels(BufferedImage gray) {
        return ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
    }
}
