package org.priorauth.intake.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.priorauth.intake.IntakeSettings;
import org.priorauth.intake.samples.LetterRenderer;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * A PDF of more pages than the limit and an image of more pixels are refused with the limit in the reason,
 * from their headers, before anything is decoded; a PDF page of a giant size is rendered at a resolution that
 * fits the pixel bound instead of filling the heap. Small limits keep the test quick.
 */
class ReadingLimitsTest {

    private static final IntakeSettings SETTINGS = new Binder(new MapConfigurationPropertySource(
                    Map.of("intake.limits.max-pdf-pages", "10", "intake.limits.max-image-megapixels", "2")))
            .bindOrCreate("intake", IntakeSettings.class);
    private static final OcrEngine OCR = new OcrEngine(SETTINGS);
    private static final TextReader READER = TextReader.standalone(OCR, SETTINGS);

    @AfterAll
    static void stop() {
        OCR.destroy();
    }

    @Test
    void aPdfOfMorePagesThanTheLimitIsRefused() throws Exception {
        assertThatThrownBy(() -> READER.read("binder.pdf", pdf(11, PDRectangle.LETTER), null))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("11 pages")
                .hasMessageContaining("max-pdf-pages");
    }

    @Test
    void anImageOfMorePixelsThanTheLimitIsRefusedFromItsHeader() throws Exception {
        byte[] png = LetterRenderer.image(new BufferedImage(3000, 3000, BufferedImage.TYPE_BYTE_BINARY), "png");
        assertThatThrownBy(() -> READER.read("poster.png", png, null))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("3000 x 3000")
                .hasMessageContaining("max-image-megapixels");
    }

    @Test
    void aGiantPdfPageIsRenderedSmallerInsteadOfFillingTheHeap() throws Exception {
        // 200 x 200 inches: 3.6 billion pixels at 300 dpi
        ExtractedText text = READER.read("mural.pdf", pdf(1, new PDRectangle(200 * 72, 200 * 72)), null);
        assertThat(text.pages()).singleElement().satisfies(p -> assertThat(p.method())
                .isEqualTo(ReadMethod.OCR));
    }

    private static byte[] pdf(int pages, PDRectangle size) throws Exception {
        try (PDDocument pdf = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) pdf.addPage(new PDPage(size));
            pdf.save(out);
            return out.toByteArray();
        }
    }
}
