package org.priorauth.intake.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.priorauth.intake.samples.LetterRenderer;

/** Our Group 4 decoder against the JDK's, on pages the JDK's encoder wrote. */
class Group4FaxTest {

    @Test
    void readsEveryPixelAsTheJdksDecoderDoes() throws Exception {
        Random random = new Random(4);
        // runs of every length class: single pixels, text-sized, make-up codes, and rows wider than 1728 (the
        // extended make-up codes); rows copied from the row above (vertical codes) and changed a little
        for (int width : new int[] {1, 7, 64, 1728, 1734, 2600}) {
            BufferedImage page = new BufferedImage(width, 160, BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < page.getHeight(); y++) {
                boolean black = random.nextBoolean();
                int maxRun =
                        switch (y % 4) {
                            case 0 -> 3;
                            case 1 -> 40;
                            case 2 -> 3000;
                            default -> 0; // the row above, a few pixels moved
                        };
                int shift = random.nextInt(9) - 4; // -4..4: every vertical code, and past them
                for (int x = 0; x < width; ) {
                    if (maxRun == 0) {
                        int above = page.getRGB(Math.max(0, Math.min(width - 1, x + shift)), y - 1);
                        page.setRGB(x++, y, above);
                        continue;
                    }
                    int run = 1 + random.nextInt(maxRun);
                    for (int k = 0; k < run && x < width; k++) page.setRGB(x++, y, black ? 0 : 0xFFFFFF);
                    black = !black;
                }
            }
            assertSameAsJdk(group4(List.of(page)), 1);
        }
    }

    @Test
    void readsAFaxOfLettersAsTheJdksDecoderDoes() throws Exception {
        BufferedImage letter = LetterRenderer.faxPage(
                "Re: Dupixent (dupilumab)\nYour request for prior authorization has been denied.", "FROM: 800", 3);
        BufferedImage blank = new BufferedImage(1728, 2200, BufferedImage.TYPE_BYTE_BINARY);
        blank.getGraphics().fillRect(0, 0, 1728, 2200); // the default colour is white: all white
        assertSameAsJdk(LetterRenderer.faxTiff(List.of(letter, blank)), 2);
    }

    @Test
    void refusesWhatIsNotPlainGroup4SoTheJdkReadsIt() throws Exception {
        byte[] fax = group4(List.of(LetterRenderer.faxPage("Approved", "FROM: 800", 1)));
        BufferedImage page = Group4Fax.readPage(fax, 0);
        assertThat(page).isNotNull();
        // the data cut short, or garbled: refused, not half-read
        assertThat(Group4Fax.readPage(Arrays.copyOf(fax, fax.length / 2), 0)).isNull();
        byte[] garbled = fax.clone();
        for (int i = 200; i < garbled.length - 200; i += 97) garbled[i] = 0;
        assertThat(Group4Fax.readPage(garbled, 0)).isNull();
        // a page of another size than the reader gave: not ours to trust
        assertThat(Group4Fax.readPage(fax, 0, page.getWidth(), page.getHeight()))
                .isNotNull();
        assertThat(Group4Fax.readPage(fax, 0, page.getWidth(), page.getHeight() / 2))
                .isNull();
        // no such page; no TIFF at all
        assertThat(Group4Fax.readPage(fax, 1)).isNull();
        assertThat(Group4Fax.readPage("%PDF-1.7".getBytes(), 0)).isNull();
        // a page of another compression is not ours to read
        ByteArrayOutputStream other = new ByteArrayOutputStream();
        ImageIO.write(LetterRenderer.faxPage("Approved", "FROM: 800", 1), "tiff", other);
        assertThat(Group4Fax.readPage(other.toByteArray(), 0)).isNull();
    }

    private static void assertSameAsJdk(byte[] tiff, int pages) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(tiff))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(pages);
            for (int p = 0; p < pages; p++) {
                BufferedImage ours = Group4Fax.readPage(tiff, p);
                assertThat(ours).as("page %d decoded by our decoder", p).isNotNull();
                BufferedImage jdk = reader.read(p);
                for (int y = 0; y < jdk.getHeight(); y++) {
                    for (int x = 0; x < jdk.getWidth(); x++) {
                        if ((ours.getRGB(x, y) & 0xFFFFFF) != (jdk.getRGB(x, y) & 0xFFFFFF)) {
                            throw new AssertionError(
                                    "page " + p + " differs at " + x + "," + y + " (width " + jdk.getWidth() + ")");
                        }
                    }
                }
            }
        }
    }

    private static byte[] group4(List<BufferedImage> pages) throws Exception {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType("CCITT T.6");
            writer.prepareWriteSequence(null);
            for (BufferedImage page : pages) writer.writeToSequence(new IIOImage(page, null, null), param);
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
