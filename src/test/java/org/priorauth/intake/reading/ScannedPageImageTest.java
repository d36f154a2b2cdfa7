package org.priorauth.intake.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/** Which PDF pages are read from their own picture, and which must be rendered to show what they show. */
class ScannedPageImageTest {

    private static final float WIDTH = PDRectangle.LETTER.getWidth();
    private static final float HEIGHT = PDRectangle.LETTER.getHeight();
    private static final long MAX_PIXELS = 40_000_000L;

    /** A page drawn by {@code draw} on a letter-size page, the picture {@code dpi} dots an inch. */
    private static Optional<ScannedPageImage.Found> page(int dpiAcross, int dpiDown, Drawing draw) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            pdf.addPage(page);
            BufferedImage scan = new BufferedImage(
                    Math.round(8.5f * dpiAcross), Math.round(11f * dpiDown), BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = scan.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, scan.getWidth(), scan.getHeight());
            g.setColor(Color.BLACK);
            g.fillRect(dpiAcross, dpiDown, dpiAcross * 3, dpiDown / 4);
            g.dispose();
            PDImageXObject picture = LosslessFactory.createFromImage(pdf, scan);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                draw.on(content, picture, page);
            }
            return ScannedPageImage.of(page, MAX_PIXELS, 150, 300);
        }
    }

    private interface Drawing {
        void on(PDPageContentStream content, PDImageXObject picture, PDPage page) throws IOException;
    }

    private static final Drawing WHOLE_PAGE =
            (content, picture, page) -> content.drawImage(picture, 0, 0, WIDTH, HEIGHT);

    @Test
    void aPageThatIsOnlyItsScanIsReadFromTheScanAtItsOwnResolution() throws IOException {
        Optional<ScannedPageImage.Found> fax = page(200, 200, WHOLE_PAGE);
        assertThat(fax).isPresent();
        assertThat(fax.get().dpi()).isEqualTo(200);
        assertThat(fax.get().image().getWidth()).isEqualTo(1700);
        assertThat(fax.get().image().getHeight()).isEqualTo(2200);
        // the picture as scanned, its first row at the top: the black bar an inch from the top left
        assertThat(fax.get().image().getRGB(400, 210) & 0xFFFFFF).isZero();
        assertThat(fax.get().image().getRGB(400, 2000) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        // placed through a saved state and a transform of its own, as scanners write it
        assertThat(page(300, 300, (content, picture, p) -> {
                    content.saveGraphicsState();
                    content.transform(new org.apache.pdfbox.util.Matrix(WIDTH, 0, 0, HEIGHT, 0, 0));
                    content.drawImage(picture, 0, 0, 1, 1);
                    content.restoreGraphicsState();
                }))
                .get()
                .extracting(ScannedPageImage.Found::dpi)
                .isEqualTo(300);
    }

    @Test
    void aGrayJpegScanIsDecodedStraightToGrayAsPdfBoxWouldShowIt() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            pdf.addPage(page);
            BufferedImage scan = new BufferedImage(1700, 2200, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = scan.createGraphics();
            g.setColor(new Color(240, 240, 235));
            g.fillRect(0, 0, 1700, 2200);
            g.setColor(new Color(40, 40, 40));
            g.fillRect(200, 200, 600, 50);
            g.dispose();
            PDImageXObject picture = org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory.createFromImage(pdf, scan);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.drawImage(picture, 0, 0, WIDTH, HEIGHT);
            }
            BufferedImage read = ScannedPageImage.of(page, MAX_PIXELS, 150, 300)
                    .orElseThrow()
                    .image();
            assertThat(read.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
            BufferedImage shown = picture.getImage();
            for (int[] at : new int[][] {{500, 225}, {100, 100}, {1600, 2100}, {800, 250}}) {
                int ours = read.getRaster().getSample(at[0], at[1], 0);
                int pdfbox = shown.getRGB(at[0], at[1]) & 0xFF;
                assertThat(ours)
                        .as("pixel %s", java.util.Arrays.toString(at))
                        .isCloseTo(pdfbox, org.assertj.core.data.Offset.offset(2));
            }
        }
    }

    @Test
    void aPageThatShowsMoreOrOtherThanOneUprightScanIsRendered() throws IOException {
        // a line of text stamped over the scan ("Received 03/02/2027")
        assertThat(page(200, 200, (content, picture, p) -> {
                    content.drawImage(picture, 0, 0, WIDTH, HEIGHT);
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                    content.newLineAtOffset(36, 36);
                    content.showText("Received");
                    content.endText();
                }))
                .isEmpty();
        // the scan on half the page, the scan turned upside down, the page turned
        assertThat(page(200, 200, (content, picture, p) -> content.drawImage(picture, 0, 0, WIDTH / 2, HEIGHT / 2)))
                .isEmpty();
        assertThat(page(200, 200, (content, picture, p) -> content.drawImage(picture, WIDTH, HEIGHT, -WIDTH, -HEIGHT)))
                .isEmpty();
        assertThat(page(200, 200, (content, picture, p) -> {
                    p.setRotation(90);
                    content.drawImage(picture, 0, 0, WIDTH, HEIGHT);
                }))
                .isEmpty();
        // a fax in standard mode (204 x 98 dpi): pixels twice as tall as wide
        assertThat(page(204, 98, WHOLE_PAGE)).isEmpty();
        // too coarse to read as it is, finer than the render resolution
        assertThat(page(100, 100, WHOLE_PAGE)).isEmpty();
        assertThat(page(600, 600, WHOLE_PAGE)).isEmpty();
    }
}
