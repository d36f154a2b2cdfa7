package org.priorauth.intake.reading;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * Whether a fax page's text stands upside down, judged from the shape of its lines before any OCR. A line of
 * Latin text has more ink above its x-height (b d f h k l t, capitals, digits) than below its baseline (g j p q y):
 * about twice as much in English letters. Turned over, it has more below. This only chooses which way the page is
 * read first; the reading's confidence still decides, so a wrong guess costs one more reading, never the text.
 */
final class LineShape {

    /**
     * Below-to-above ink ratio from which a page is read turned first. Measured on 156 one-bit fax pages (ours
     * and the outside corpus'), each as it came and turned over: upright ones 1.12 at most (once 1.49, on a
     * page of a few words, which the ink floor below leaves alone), turned ones mostly over 1.4, and the four
     * that came in upside down 1.5 to 2.1.
     */
    static final double UPSIDE_DOWN = 1.3;

    private LineShape() {}

    /**
     * @param page a prepared fax page, one bit a pixel with 1 white; any other image is taken as upright (on gray
     *     pages, a standard-resolution fax stretched to square pixels among them, the measure misled: one of the
     *     outside corpus' nine gray pages looked turned). So is a page with less ink around its lines' cores
     *     than a row is wide (a few words).
     */
    static boolean looksUpsideDown(BufferedImage page) {
        int[] rows = rowInk(page);
        if (rows == null) return false;
        long[] ink = inkAboveAndBelow(rows);
        return ink[1] > UPSIDE_DOWN * ink[0] && ink[0] + ink[1] > page.getWidth();
    }

    /** Ink pixels in each row, or null for an image of another kind. */
    static int[] rowInk(BufferedImage page) {
        if (page.getRaster().getParent() != null || !(page.getRaster().getDataBuffer() instanceof DataBufferByte))
            return null;
        if (page.getType() != BufferedImage.TYPE_BYTE_BINARY
                || page.getColorModel().getPixelSize() != 1
                || (page.getColorModel().getRGB(1) & 0xFFFFFF) != 0xFFFFFF) {
            return null;
        }
        byte[] bits = ((DataBufferByte) page.getRaster().getDataBuffer()).getData();
        int rowBytes = (page.getWidth() + 7) >>> 3;
        int[] rows = new int[page.getHeight()];
        int tail = page.getWidth() & 7;
        int tailMask = tail == 0 ? 0xFF : 0xFF << (8 - tail) & 0xFF;
        for (int y = 0; y < rows.length; y++) {
            int count = 0;
            int at = y * rowBytes;
            for (int b = 0; b < rowBytes - 1; b++) count += Integer.bitCount(~bits[at + b] & 0xFF);
            count += Integer.bitCount(~bits[at + rowBytes - 1] & tailMask);
            rows[y] = count;
        }
        return rows;
    }

    /**
     * Over every text line (a run of rows with ink, as tall as text is): the ink above its core, the rows at
     * least 40% as inked as its fullest, and the ink below.
     */
    static long[] inkAboveAndBelow(int[] rows) {
        long above = 0;
        long below = 0;
        int y = 0;
        while (y < rows.length) {
            if (rows[y] == 0) {
                y++;
                continue;
            }
            int top = y;
            int fullest = 0;
            while (y < rows.length && rows[y] > 0) fullest = Math.max(fullest, rows[y++]);
            int bottom = y; // exclusive
            if (bottom - top < 8 || bottom - top > 80) continue; // a dot, a rule, a picture: no line of text
            int coreTop = top;
            while (rows[coreTop] * 10 < fullest * 4) coreTop++;
            int coreBottom = bottom - 1;
            while (rows[coreBottom] * 10 < fullest * 4) coreBottom--;
            for (int r = top; r < coreTop; r++) above += rows[r];
            for (int r = coreBottom + 1; r < bottom; r++) below += rows[r];
        }
        return new long[] {above, below};
    }
}
