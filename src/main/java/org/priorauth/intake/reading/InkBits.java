package org.priorauth.intake.reading;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.awt.image.MultiPixelPackedSampleModel;

/**
 * A black-and-white page as one bit a pixel, 1 for ink, 64 pixels a word (the first pixel of a row in the top bit).
 * A fax page arrives so from its G4 decoder; keeping it packed lets the dust cleaning look at 64 pixels at once
 * instead of one, which made the preparation of a fax page a small fraction of what a byte a pixel cost.
 */
final class InkBits {

    final int width;
    final int height;
    final int wordsPerRow;
    /** row after row, {@link #wordsPerRow} words each; the bits past the width are always 0 */
    final long[] words;

    private InkBits(int width, int height) {
        this.width = width;
        this.height = height;
        this.wordsPerRow = (width + 63) >>> 6;
        this.words = new long[wordsPerRow * height];
    }

    /**
     * The ink of a one-bit black-and-white page (a decoded G4 fax) read from its packed bytes, either palette order;
     * null for any other image.
     */
    static InkBits ofFaxPage(BufferedImage page) {
        if (!(page.getColorModel() instanceof IndexColorModel palette)
                || palette.getMapSize() != 2
                || page.getRaster().getSampleModel().getSampleSize(0) != 1
                || !(page.getRaster().getSampleModel() instanceof MultiPixelPackedSampleModel packed)
                || !(page.getRaster().getDataBuffer() instanceof DataBufferByte buffer)
                || page.getRaster().getParent() != null
                || packed.getDataBitOffset() != 0
                || palette.hasAlpha()) {
            return null;
        }
        int zero = palette.getRGB(0) & 0xFFFFFF;
        int one = palette.getRGB(1) & 0xFFFFFF;
        boolean blackIsOne;
        if (zero == 0 && one == 0xFFFFFF) blackIsOne = false;
        else if (zero == 0xFFFFFF && one == 0) blackIsOne = true;
        else return null;
        InkBits ink = new InkBits(page.getWidth(), page.getHeight());
        byte[] bytes = buffer.getData();
        int stride = packed.getScanlineStride();
        int rowBytes = (ink.width + 7) >>> 3;
        for (int y = 0; y < ink.height; y++) {
            int from = y * stride;
            int to = y * ink.wordsPerRow;
            for (int b = 0; b < rowBytes; b++) {
                long value = (blackIsOne ? bytes[from + b] : ~bytes[from + b]) & 0xFFL;
                ink.words[to + (b >>> 3)] |= value << (56 - ((b & 7) << 3));
            }
            ink.words[to + ink.wordsPerRow - 1] &= ink.tailMask();
        }
        return ink;
    }

    static InkBits of(boolean[] ink, int width, int height) {
        InkBits bits = new InkBits(width, height);
        for (int y = 0; y < height; y++) {
            int row = y * width;
            int to = y * bits.wordsPerRow;
            for (int x = 0; x < width; x++) {
                if (ink[row + x]) bits.words[to + (x >>> 6)] |= Long.MIN_VALUE >>> (x & 63);
            }
        }
        return bits;
    }

    boolean[] toBooleans() {
        boolean[] ink = new boolean[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) ink[y * width + x] = ink(x, y);
        }
        return ink;
    }

    boolean ink(int x, int y) {
        return (words[y * wordsPerRow + (x >>> 6)] & (Long.MIN_VALUE >>> (x & 63))) != 0;
    }

    /**
     * Removes every black pixel none of whose eight neighbours is black (dust on the glass, line noise), the page's
     * outermost rows and columns left as they are. Removing such a pixel changes no other pixel's answer (it was
     * nobody's neighbour), so the rows can be cleaned from the original three rows around each.
     */
    void despeckle() {
        if (width < 3 || height < 3) return;
        long[] above = new long[wordsPerRow];
        long[] here = new long[wordsPerRow];
        System.arraycopy(words, 0, above, 0, wordsPerRow);
        System.arraycopy(words, wordsPerRow, here, 0, wordsPerRow);
        for (int y = 1; y < height - 1; y++) {
            int row = y * wordsPerRow;
            int below = row + wordsPerRow;
            for (int i = 0; i < wordsPerRow; i++) {
                long centre = here[i];
                if (centre == 0) continue;
                long up = above[i];
                long down = words[below + i];
                long column = up | down;
                // the pixel to each one's left and right: the neighbouring word's edge bit carried in
                long leftWord = i > 0 ? above[i - 1] | here[i - 1] | words[below + i - 1] : 0;
                long rightWord = i + 1 < wordsPerRow ? above[i + 1] | here[i + 1] | words[below + i + 1] : 0;
                long all = column | centre;
                long fromLeft = (all >>> 1) | (leftWord << 63);
                long fromRight = (all << 1) | (rightWord >>> 63);
                long isolated = centre & ~(column | fromLeft | fromRight);
                if (i == 0) isolated &= ~Long.MIN_VALUE; // column 0 is kept
                if (i == wordsPerRow - 1) isolated &= ~(Long.MIN_VALUE >>> ((width - 1) & 63)); // the last column too
                words[row + i] = centre & ~isolated;
            }
            long[] next = above;
            above = here;
            here = next;
            System.arraycopy(words, below, here, 0, wordsPerRow);
        }
    }

    /**
     * The page turned by {@code degrees} about its centre (clockwise for a positive angle, as {@link
     * java.awt.geom.AffineTransform#getRotateInstance} turns it) on the same canvas, each pixel taking the source
     * pixel under its centre (nearest neighbour, as the JDK's drawing does): what leaves the canvas is lost, what
     * comes in is white. Along a row the source pixel moves by whole runs (for a turn of a few degrees, one row
     * down or up every dozens of pixels), so each run is copied a word at a time instead of pixel by pixel.
     */
    InkBits rotated(double degrees) {
        InkBits out = new InkBits(width, height);
        double theta = Math.toRadians(degrees);
        double cos = Math.cos(theta);
        double sin = Math.sin(theta);
        for (int y = 0; y < height; y++) {
            int x = 0;
            while (x < width) {
                double sx = sourceX(x, y, cos, sin);
                double sy = sourceY(x, y, cos, sin);
                int row = (int) Math.floor(sy);
                int offset = (int) Math.floor(sx) - x;
                int run = width - x;
                // how far along the row the source stays on this row and at this offset (both move linearly)
                if (sin > 0) run = (int) Math.min(run, Math.floor((sy - row) / sin) + 1);
                if (sin < 0) run = (int) Math.min(run, Math.ceil((row + 1 - sy) / -sin));
                if (cos < 1) run = (int) Math.min(run, Math.floor((sx - x - offset) / (1 - cos)) + 1);
                run = Math.max(1, run);
                // floating-point rounding at a run's very end: shorten it until its last pixel agrees
                while (run > 1
                        && ((int) Math.floor(sourceY(x + run - 1, y, cos, sin)) != row
                                || (int) Math.floor(sourceX(x + run - 1, y, cos, sin)) - (x + run - 1) != offset)) {
                    run--;
                }
                if (row >= 0 && row < height) out.copyRun(this, row, x + offset, y, x, run);
                x += run;
            }
        }
        return out;
    }

    private double sourceX(int x, int y, double cos, double sin) {
        return cos * (x + 0.5 - width / 2.0) + sin * (y + 0.5 - height / 2.0) + width / 2.0;
    }

    private double sourceY(int x, int y, double cos, double sin) {
        return -sin * (x + 0.5 - width / 2.0) + cos * (y + 0.5 - height / 2.0) + height / 2.0;
    }

    /** Copies {@code length} pixels of {@code source}'s row from {@code sourceX} on to this row from {@code x}. */
    private void copyRun(InkBits source, int sourceRow, int sourceX, int row, int x, int length) {
        // the part whose source lies on the canvas; the rest stays white
        int skip = Math.max(0, -sourceX);
        int end = Math.min(length, width - sourceX);
        int from = sourceRow * wordsPerRow;
        for (int d = x + skip; d < x + end; ) {
            int bit = d & 63;
            int n = Math.min(64 - bit, x + end - d);
            long chunk = source.bitsFrom(from, d - x + sourceX);
            long mask = (-1L >>> bit) & (-1L << (64 - bit - n));
            words[row * wordsPerRow + (d >>> 6)] |= (chunk >>> bit) & mask;
            d += n;
        }
    }

    /** The 64 pixels of a row from {@code start} on (0 <= start < width), the first in the top bit. */
    private long bitsFrom(int rowStart, int start) {
        int w = start >>> 6;
        int b = start & 63;
        long high = words[rowStart + w];
        if (b == 0) return high;
        long low = w + 1 < wordsPerRow ? words[rowStart + w + 1] : 0;
        return (high << b) | (low >>> (64 - b));
    }

    /** The ink as a one-bit image in the JDK's own layout, which is also Tesseract's: rows of bytes, 1 white. */
    BufferedImage toPage() {
        BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        byte[] bytes = ((DataBufferByte) page.getRaster().getDataBuffer()).getData();
        int rowBytes = (width + 7) >>> 3;
        int lastBits = width & 7;
        for (int y = 0; y < height; y++) {
            int from = y * wordsPerRow;
            int to = y * rowBytes;
            for (int b = 0; b < rowBytes; b++) {
                bytes[to + b] = (byte) ~(words[from + (b >>> 3)] >>> (56 - ((b & 7) << 3)));
            }
            // the padding bits past the width stay 0, as the JDK leaves them
            if (lastBits != 0) bytes[to + rowBytes - 1] &= (byte) (0xFF00 >>> lastBits);
        }
        return page;
    }

    private long tailMask() {
        int used = width & 63;
        return used == 0 ? -1L : -1L << (64 - used);
    }
}
