package org.priorauth.intake.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.priorauth.intake.samples.LetterRenderer;
import org.priorauth.intake.samples.SampleLetters;
import org.priorauth.intake.scoring.LetterScoring;

/** Real Tesseract on fax pages as they arrive: upside down, sideways, crooked, in standard resolution. */
class FaxReadingTest {

    private static final OcrEngine OCR = new OcrEngine(LetterScoring.settings());
    private static final TextReader READER = TextReader.standalone(OCR, LetterScoring.settings());
    private static final String LETTER = SampleLetters.denialAetna(SampleLetters.LINDQVIST);

    @AfterAll
    static void stop() {
        OCR.destroy();
    }

    private static String read(BufferedImage page, int verticalDpi) throws Exception {
        return READER.read("fax.tif", LetterRenderer.faxTiff(List.of(page), verticalDpi), null)
                .fullText();
    }

    private static BufferedImage binary(BufferedImage gray) {
        BufferedImage b = new BufferedImage(gray.getWidth(), gray.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        b.createGraphics().drawImage(gray, 0, 0, null);
        return b;
    }

    @Test
    void anUpsideDownPageIsTurnedAndRead() throws Exception {
        BufferedImage page = PageImages.toGray(LetterRenderer.faxPage(LETTER, "FAX", 1));
        String text = read(binary(PagePreparation.quarterTurns(page, 2)), 196);
        assertThat(text).contains("NOTICE OF DENIAL", "XKP482913207");
    }

    @Test
    void aSidewaysPageIsTurnedAndRead() throws Exception {
        BufferedImage page = PageImages.toGray(LetterRenderer.faxPage(LETTER, "FAX", 2));
        String text = read(binary(PagePreparation.quarterTurns(page, 1)), 196);
        assertThat(text).contains("NOTICE OF DENIAL", "Harriet Lindqvist", "Precertification Unit");
    }

    @Test
    void aCrookedPageIsStraightened() throws Exception {
        BufferedImage page = PageImages.toGray(LetterRenderer.faxPage(LETTER, "FAX", 3));
        BufferedImage crooked = PagePreparation.rotate(page, 3.0);
        boolean[] ink = new boolean[crooked.getWidth() * crooked.getHeight()];
        byte[] px = ((java.awt.image.DataBufferByte) crooked.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < ink.length; i++) ink[i] = (px[i] & 0xFF) < 128;
        assertThat(PagePreparation.skewDegrees(InkBits.of(ink, crooked.getWidth(), crooked.getHeight())))
                .isBetween(2.5, 3.5);
        assertThat(read(binary(crooked), 196)).contains("NOTICE OF DENIAL", "XKP482913207", "PA-2026-118734");
    }

    @Test
    void aStandardResolutionFaxIsSquaredAndRead() throws Exception {
        String text = read(LetterRenderer.faxPage(LETTER, "FAX", 4), 98);
        assertThat(text).contains("NOTICE OF DENIAL", "XKP482913207");
    }
}
