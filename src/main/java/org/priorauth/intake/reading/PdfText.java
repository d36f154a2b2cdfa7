package org.priorauth.intake.reading;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.priorauth.intake.IntakeSettings;
import org.springframework.stereotype.Component;

/**
 * A PDF page by page: the text layer where the page has one worth the name, OCR of the rendered page where
 * it does not (scanned letters saved as PDF, portal downloads that are pictures of text). A PDF may mix both.
 */
@Component
class PdfText {

    private final OcrEngine ocr;
    private final int renderDpi;
    private final int minTextLayerChars;
    private final IntakeSettings.Limits limits;

    PdfText(OcrEngine ocr, IntakeSettings settings) {
        this.ocr = ocr;
        this.renderDpi = settings.ocr().pdfRenderDpi();
        this.minTextLayerChars = settings.ocr().minTextLayerChars();
        this.limits = settings.limits();
    }

    List<PageText> read(byte[] content) {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            if (pdf.getNumberOfPages() == 0) throw new UnreadableDocumentException("the PDF has no pages");
            if (pdf.getNumberOfPages() > limits.maxPdfPages()) {
                throw new UnreadableDocumentException("the PDF has " + pdf.getNumberOfPages()
                        + " pages, more than the limit of " + limits.maxPdfPages() + " (intake.limits.max-pdf-pages)");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            PDFRenderer renderer = new PDFRenderer(pdf);
            List<CompletableFuture<PageText>> pages = new ArrayList<>();
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                String layer = stripper.getText(pdf);
                if (layer.replaceAll("\\s+", "").length() >= minTextLayerChars) {
                    pages.add(
                            CompletableFuture.completedFuture(new PageText(i + 1, layer, ReadMethod.TEXT_LAYER, 1.0)));
                } else {
                    ScannedPageImage.Found page =
                            ScannedPageImage.toRead(pdf, renderer, i, renderDpi, limits.maxImagePixels());
                    pages.add(ocr.submit(i + 1, page.image(), page.dpi()));
                }
            }
            return TextReader.joinAll(pages);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(
                    "password-protected PDF: it cannot be opened without its password", e);
        } catch (IOException e) {
            throw new UnreadableDocumentException("corrupt PDF: " + e.getMessage(), e);
        }
    }
}
