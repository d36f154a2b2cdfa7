package org.priorauth.intake.requirements;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.priorauth.intake.cases.PriorAuthCase;

/**
 * The packet's checklist as a PDF for staff to review before they send the request: the case, then each item in
 * the payer's order with what was found and where (document and page, or the record it was taken from), or that it
 * is missing. It is a draft: it says so on every page, and nothing in it is sent by the system.
 */
public final class SubmissionPacket {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.LETTER.getWidth() - 2 * MARGIN;
    private static final float LEADING = 14;

    private SubmissionPacket() {}

    public static byte[] pdf(PriorAuthCase paCase, SubmissionCheck.Readiness readiness, LocalDate today) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("Prior authorization packet: checklist", 15, true));
        lines.add(new Line("DRAFT for staff review. Not sent: staff decide and submit.", 10, false));
        lines.add(Line.blank());
        lines.add(new Line("Case " + paCase.id() + ", prepared " + today, 10, false));
        lines.add(new Line(
                "Patient: " + paCase.patient().name() + "   Date of birth: "
                        + paCase.patient().dateOfBirth() + "   Member ID: "
                        + orDash(paCase.patient().memberId()),
                10,
                false));
        lines.add(new Line(
                "Payer: " + orDash(paCase.payer()) + "   Drug: " + orDash(paCase.drug()) + "   PA reference: "
                        + orDash(paCase.paReference()),
                10,
                false));
        lines.add(new Line(
                readiness.requirement() == null
                        ? "No requirement in requirements.yaml fits this drug and payer: what the payer expects is not known."
                        : "Expected items (" + readiness.requirement() + "):",
                10,
                false));
        lines.add(new Line(
                readiness.ready()
                        ? "Every expected item is on file with its source."
                        : "NOT READY: items below are missing or stale.",
                11,
                true));
        lines.add(Line.blank());
        int n = 1;
        for (SubmissionCheck.ItemStatus item : readiness.items()) {
            lines.add(new Line(n++ + ". " + item.label() + ": " + item.status(), 11, true));
            if (item.status() != SubmissionCheck.Status.FOUND) {
                lines.add(new Line("   " + item.why() + "; asked of " + item.supplier(), 10, false));
            }
            for (SubmissionCheck.FoundFact f : item.facts()) {
                String when = f.observedOn() == null ? "" : " (" + f.observedOn() + ")";
                String outcome = f.outcome() == null ? "" : ", " + f.outcome();
                lines.add(new Line("   " + f.value() + when + outcome, 10, false));
                lines.add(new Line("   source: " + f.source(), 9, false));
            }
            lines.add(Line.blank());
        }
        return render(lines);
    }

    private record Line(String text, float size, boolean bold) {
        static Line blank() {
            return new Line("", 6, false);
        }
    }

    private static byte[] render(List<Line> lines) {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument pdf = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPageContentStream content = null;
            float y = 0;
            int pageNo = 0;
            try {
                for (Line line : lines) {
                    PDType1Font font = line.bold() ? bold : regular;
                    for (String part : wrap(printable(line.text()), font, line.size())) {
                        if (content == null || y < MARGIN + LEADING) {
                            if (content != null) content.close();
                            PDPage page = new PDPage(PDRectangle.LETTER);
                            pdf.addPage(page);
                            content = new PDPageContentStream(pdf, page);
                            pageNo++;
                            footer(content, regular, pageNo);
                            y = PDRectangle.LETTER.getHeight() - MARGIN;
                        }
                        content.beginText();
                        content.setFont(font, line.size());
                        content.newLineAtOffset(MARGIN, y);
                        content.showText(part);
                        content.endText();
                        y -= Math.max(line.size() + 4, 8);
                    }
                }
            } finally {
                if (content != null) content.close();
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void footer(PDPageContentStream content, PDType1Font font, int pageNo) throws IOException {
        content.beginText();
        content.setFont(font, 8);
        content.newLineAtOffset(MARGIN, MARGIN / 2);
        content.showText(
                "priorauth-intake draft packet, page " + pageNo + ". Review before sending; the system never submits.");
        content.endText();
    }

    private static List<String> wrap(String text, PDType1Font font, float size) throws IOException {
        List<String> parts = new ArrayList<>();
        if (text.isEmpty()) {
            parts.add("");
            return parts;
        }
        String indent = text.startsWith("   ") ? "   " : "";
        StringBuilder current = new StringBuilder();
        for (String word : text.strip().split(" +")) {
            String candidate = current.isEmpty() ? indent + word : current + " " + word;
            if (!current.isEmpty() && font.getStringWidth(candidate) / 1000 * size > WIDTH) {
                parts.add(current.toString());
                current = new StringBuilder(indent + "   " + word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    /** What the standard fonts can print: dashes and quotes as ASCII, anything else outside Latin-1 as '?'. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\u2013', '\u2014' -> out.append('-');
                case '\u2018', '\u2019' -> out.append('\'');
                case '\u201c', '\u201d' -> out.append('"');
                case '\t', '\n', '\r' -> out.append(' ');
                default -> out.append(c >= 0x20 && c < 0x7F || c >= 0xA0 && c <= 0xFF ? c : '?');
            }
        }
        return out.toString();
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }
}
