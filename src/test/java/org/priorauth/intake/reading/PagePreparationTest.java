package org.priorauth.intake.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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

        assertThat(InkBits.ofFaxPage(bits))
                .as("a one-bit page is read from its bits")
                .isNotNull();
        assertThat(InkBits.ofFaxPage(PageImages.toGray(bits))).isNull();
        assertThat(pixels(PagePreparation.prepare(bits)))
                .isEqualTo(pixels(PagePreparation.prepare(PageImages.toGray(bits))));
    }

    @Test
    void aGrayScanFindsItsSkewFromSampledPixelsAsFromItsBinarisedCopy() {
        // a scanned letter (anti-aliased gray, on off-white paper) fed crooked by several angles: the skew found
        // from the gray pixels the search samples is the one the whole binarised page gave
        BufferedImage scan = LetterRenderer.scannedPage(SampleLetters.approvalFax(SampleLetters.FERNHALL), 3);
        double fed = Double.NaN;
        for (double degrees : new double[] {0, -2.5, -0.6, 1.3, 3.1}) {
            BufferedImage turned = PagePreparation.rotate(scan, degrees, true);
            byte[] pixels = ((DataBufferByte) turned.getRaster().getDataBuffer()).getData();
            int threshold = PagePreparation.otsuThreshold(pixels);
            double sampled = PagePreparation.skewDegrees(pixels, turned.getWidth(), turned.getHeight(), threshold);
            InkBits binarised =
                    InkBits.of(PagePreparation.binarise(pixels, threshold), turned.getWidth(), turned.getHeight());
            assertThat(sampled).as("turned %s degrees", degrees).isEqualTo(PagePreparation.skewDegrees(binarised));
            if (degrees == 0) fed = sampled;
            // and it is the angle the page was turned by (the search's step is 0.2 degrees)
            else assertThat(sampled).isCloseTo(fed + degrees, within(0.5));
        }
    }

    @Test
    void aPaletteOfWhiteOnBlackIsReadTheRightWayRound() {
        BufferedImage page = new BufferedImage(40, 20, BufferedImage.TYPE_BYTE_BINARY);
        page.getRaster().setSample(3, 4, 0, 1); // one white pixel on a black page
        InkBits ink = InkBits.ofFaxPage(page);
        assertThat(ink.ink(3, 4)).isFalse();
        assertThat(ink.ink(0, 0)).isTrue();
        assertThat(ink.ink(39, 19)).isTrue();
    }

    @Test
    void dustIsCleanedSixtyFourPixelsAtOnceExactlyAsPixelByPixel() {
        // widths around a word's 64 pixels and a byte's 8, noise dense enough for every neighbour pattern, lone
        // pixels on the words' edges and the page's own edges
        java.util.Random random = new java.util.Random(7);
        for (int width : new int[] {3, 7, 63, 64, 65, 130, 1728}) {
            int height = 9;
            boolean[] noise = new boolean[width * height];
            for (int i = 0; i < noise.length; i++) noise[i] = random.nextInt(6) == 0;
            for (int x : new int[] {0, 63, 64, 127, 128, width - 1}) {
                if (x < width) noise[4 * width + x] = true;
            }
            InkBits bits = InkBits.of(noise, width, height);
            bits.despeckle();
            assertThat(bits.toBooleans()).as("width %d", width).isEqualTo(despeckledOneByOne(noise, width, height));
            // and back to the one-bit page Tesseract reads: ink black, 1 white
            BufferedImage page = bits.toPage();
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    assertThat(page.getRaster().getSample(x, y, 0) == 0).isEqualTo(bits.ink(x, y));
                }
            }
            assertThat(InkBits.ofFaxPage(page).toBooleans()).isEqualTo(bits.toBooleans());
        }
    }

    @Test
    void aCrookedFaxIsTurnedRunByRunExactlyAsPixelByPixel() {
        BufferedImage gray =
                PageImages.toGray(LetterRenderer.faxPage(SampleLetters.approvalFax(SampleLetters.FERNHALL), "FAX", 5));
        int width = gray.getWidth();
        int height = gray.getHeight();
        InkBits page = InkBits.of(inkOf(gray), width, height);
        double fed = PagePreparation.skewDegrees(page); // the renderer feeds its pages a little crooked
        for (double degrees : new double[] {2.4, -1.2, 3.8}) {
            InkBits turned = page.rotated(degrees);
            InkBits drawn = InkBits.of(inkOf(PagePreparation.rotate(gray, degrees, false)), width, height);
            // the same turn, the same way round: the skew found on both is the angle given
            assertThat(PagePreparation.skewDegrees(turned)).isCloseTo(fed + degrees, within(0.25));
            assertThat(PagePreparation.skewDegrees(turned)).isCloseTo(PagePreparation.skewDegrees(drawn), within(0.2));
            // and the same pixels, but for the edges of strokes where the two round a pixel differently
            int ink = 0;
            int differ = 0;
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    if (drawn.ink(x, y)) ink++;
                    if (drawn.ink(x, y) != turned.ink(x, y)) differ++;
                }
            }
            assertThat((double) differ / ink).as("%s degrees", degrees).isLessThan(0.02);
            assertThat(turned.toBooleans()).isEqualTo(rotatedOneByOne(page.toBooleans(), width, height, degrees));
            // turned back, the page is straight again
            assertThat(PagePreparation.skewDegrees(turned.rotated(-degrees))).isCloseTo(fed, within(0.25));
        }
    }

    /** The plain definition: each pixel takes the source pixel under its centre, turned back about the page's. */
    private static boolean[] rotatedOneByOne(boolean[] ink, int width, int height, double degrees) {
        double cos = Math.cos(Math.toRadians(degrees));
        double sin = Math.sin(Math.toRadians(degrees));
        boolean[] out = new boolean[ink.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double dx = x + 0.5 - width / 2.0;
                double dy = y + 0.5 - height / 2.0;
                int sx = (int) Math.floor(cos * dx + sin * dy + width / 2.0);
                int sy = (int) Math.floor(-sin * dx + cos * dy + height / 2.0);
                if (sx >= 0 && sx < width && sy >= 0 && sy < height) out[y * width + x] = ink[sy * width + sx];
            }
        }
        return out;
    }

    private static boolean[] inkOf(BufferedImage gray) {
        byte[] px = pixels(gray);
        boolean[] ink = new boolean[px.length];
        for (int i = 0; i < px.length; i++) ink[i] = (px[i] & 0xFF) < 128;
        return ink;
    }

    /** The plain definition: a black pixel with no black pixel among its eight neighbours goes (edges kept). */
    private static boolean[] despeckledOneByOne(boolean[] ink, int width, int height) {
        boolean[] out = ink.clone();
        for (int y = 1; y < height - 1; y++) {
            for (int x = 1; x < width - 1; x++) {
                if (!ink[y * width + x]) continue;
                boolean neighbour = false;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        if ((dx != 0 || dy != 0) && ink[(y + dy) * width + x + dx]) neighbour = true;
                    }
                }
                if (!neighbour) out[y * width + x] = false;
            }
        }
        return out;
    }

    private static byte[] pixels(BufferedImage gray) {
        return ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
    }
}
