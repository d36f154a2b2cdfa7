package org.priorauth.intake.reading;

import java.util.List;
import java.util.stream.Collectors;

/** All the pages of one document, in order. */
public record ExtractedText(DocumentFormat format, List<PageText> pages) {

    public ExtractedText {
        pages = List.copyOf(pages);
    }

    public String fullText() {
        return pages.stream().map(PageText::text).collect(Collectors.joining("\n\f\n"));
    }

    public int pageCount() {
        return pages.size();
    }
}
