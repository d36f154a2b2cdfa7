package org.priorauth.intake.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.stereotype.Component;

/** Reads the text of any document the channels accept, page by page. */
@Component
public class TextReader {

    private final PdfText pdf;
    private final OcrEngine ocr;
    private final MarkupText markup;
    private final long maxImagePixels;

    @org.springframework.beans.factory.annotation.Autowired
    public TextReader(PdfText pdf, OcrEngine ocr, MarkupText markup, org.priorauth.intake.IntakeSettings settings) {
        this.pdf = pdf;
        this.ocr = ocr;
        this.markup = markup;
        this.maxImagePixels = settings.limits().maxImagePixels();
    }

    /** A reader outside the application context, for evaluation and benchmark commands. */
    public static TextReader standalone(OcrEngine ocr, org.priorauth.intake.IntakeSettings settings) {
        return new TextReader(new PdfText(ocr, settings), ocr, new MarkupText(), settings);
    }

    /**
     * @param contentTypeHint what the channel already knows of the content, or null
     * @throws UnreadableDocumentException with a reason for staff when the content cannot be read
     */
    public ExtractedText read(String sourceName, byte[] content, String contentTypeHint) {
        DocumentFormat format = DocumentFormat.detect(sourceName, content, contentTypeHint);
        List<PageText> pages =
                switch (format) {
                    case PDF -> pdf.read(content);
                    case TIFF, PNG, JPEG -> ocrImages(content);
                    case HTML -> List.of(markup.html(content));
                    case MAIL -> List.of(markup.mailBody(content));
                    case TEXT -> List.of(markup.plain(content));
                };
        return new ExtractedText(format, pages);
    }

    private List<PageText> ocrImages(byte[] content) {
        List<CompletableFuture<PageText>> pages = new ArrayList<>();
        PageImages.forEachPage(
                content, maxImagePixels, (page, number) -> pages.add(ocr.submit(number, page.image(), page.dpi())));
        return joinAll(pages);
    }

    static List<PageText> joinAll(List<CompletableFuture<PageText>> pages) {
        try {
            return pages.stream().map(CompletableFuture::join).toList();
        } catch (CompletionException e) {
            throw new UnreadableDocumentException("OCR failed: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
