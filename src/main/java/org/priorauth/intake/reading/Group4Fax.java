package org.priorauth.intake.reading;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;
import java.util.Map;

/**
 * Decodes a TIFF page compressed as CCITT Group 4 (ITU-T T.6), the way fax servers store what they receive,
 * straight into a one-bit page. The JDK's TIFF reader decodes these too, bit by bit: 16-20 ms of a fax page's
 * Java time, measured with JFR. Here a row is a list of the columns where the colour changes, each coded against
 * the row above, and black runs are written a byte at a time: about a tenth of that.
 *
 * <p>Only the plain form is taken (no uncompressed mode, first pixel in the high bit of a byte); anything else,
 * or data that breaks a rule of T.6, is refused with {@link NotPlainGroup4}, and the page is read by the JDK's
 * reader instead, which fails on it in its own words if it is truly broken.
 */
final class Group4Fax {

    /** The data is not plain T.6 this decoder reads; the JDK's reader should try the page. */
    static final class NotPlainGroup4 extends Exception {
        NotPlainGroup4(String why) {
            super(why, null, false, false);
        }
    }

    private Group4Fax() {}

    /**
     * The TIFF file's page {@code index} (from 0) decoded here when its tags say plain Group 4 in strips, white as
     * 0 (as fax servers write it); null when they say anything else or the data is not what they say, for an
     * image reader to read. The tags are read from the file itself: which TIFF reader the JDK hands out (its own,
     * or jai-imageio's, which Tika brings) varies from run to run, and so does the form of its metadata.
     */
    static BufferedImage readPage(byte[] content, int index) {
        return readPage(content, index, -1, -1);
    }

    /**
     * As {@link #readPage(byte[], int)}, for a page whose size the image reader gave (and the page-size limit
     * was checked against): tags that say another size are not this decoder's to trust.
     */
    static BufferedImage readPage(byte[] content, int index, int expectedWidth, int expectedHeight) {
        try {
            Map<Integer, long[]> tags = TiffTags.ofPage(content, index);
            if (tags == null
                    || one(tags, TiffTags.COMPRESSION, 1) != 4 // CCITT T.6
                    || one(tags, TiffTags.FILL_ORDER, 1) != 1
                    || (one(tags, TiffTags.T6_OPTIONS, 0) & 2) != 0 // uncompressed mode allowed
                    || one(tags, TiffTags.BITS_PER_SAMPLE, 1) != 1
                    || one(tags, TiffTags.SAMPLES_PER_PIXEL, 1) != 1
                    || one(tags, TiffTags.PHOTOMETRIC, -1) != 0 // white is zero
                    || tags.containsKey(TiffTags.TILE_OFFSETS)) {
                return null;
            }
            long[] offsets = tags.get(TiffTags.STRIP_OFFSETS);
            long[] counts = tags.get(TiffTags.STRIP_BYTE_COUNTS);
            long width = one(tags, TiffTags.WIDTH, 0);
            long height = one(tags, TiffTags.HEIGHT, 0);
            if (offsets == null || counts == null || offsets.length != counts.length) return null;
            if (width > 1 << 16 || height > 1 << 16) return null; // no fax; the reader's own limits apply
            if (expectedWidth >= 0 && (width != expectedWidth || height != expectedHeight)) return null;
            long[][] strips = new long[offsets.length][];
            for (int i = 0; i < strips.length; i++) strips[i] = new long[] {offsets[i], counts[i]};
            long rows = one(tags, TiffTags.ROWS_PER_STRIP, height);
            return decode(content, strips, (int) width, (int) height, (int) Math.min(rows, height));
        } catch (NotPlainGroup4 e) {
            return null;
        }
    }

    private static long one(Map<Integer, long[]> tags, int tag, long absent) {
        long[] values = tags.get(tag);
        return values == null || values.length == 0 ? absent : values[0];
    }

    /**
     * @param strips each strip's bytes, as {@code [offset, length]} into {@code content}, each coded on its own
     * @param rowsPerStrip rows in every strip but perhaps the last
     * @return the page, one bit a pixel, 0 black and 1 white (the JDK's default black-and-white palette)
     */
    static BufferedImage decode(byte[] content, long[][] strips, int width, int height, int rowsPerStrip)
            throws NotPlainGroup4 {
        if (width <= 0 || height <= 0 || rowsPerStrip <= 0) throw new NotPlainGroup4("no page size");
        BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        byte[] bits = ((DataBufferByte) page.getRaster().getDataBuffer()).getData();
        Arrays.fill(bits, (byte) 0xFF);
        int rowBytes = (width + 7) >>> 3;
        // at most width + 2 changes a row (zero-length runs included), then three ends
        int[] reference = new int[width + 5];
        int[] coding = new int[width + 5];
        int row = 0;
        for (long[] strip : strips) {
            if (row >= height) break;
            if (strip[0] < 0 || strip[1] < 0 || strip[0] + strip[1] > content.length)
                throw new NotPlainGroup4("a strip lies outside the file");
            Bits in = new Bits(content, (int) strip[0], (int) (strip[0] + strip[1]));
            // every strip starts from an imaginary white row
            Arrays.fill(reference, 0, 3, width);
            int last = Math.min(height, row + rowsPerStrip);
            for (; row < last; row++) {
                int changes = decodeRow(in, reference, coding, width);
                if (changes < 0) break; // end of the strip's data: the rest of it stays white
                paintBlack(bits, row * rowBytes, coding, changes, width);
                int[] swap = reference;
                reference = coding;
                coding = swap;
                Arrays.fill(reference, changes, changes + 3, width);
            }
            row = last;
        }
        return page;
    }

    /**
     * Decodes one row into {@code coding}: the columns where the colour changes, white to black first.
     *
     * @return how many changes, or -1 at the end-of-block code
     */
    private static int decodeRow(Bits in, int[] reference, int[] coding, int width) throws NotPlainGroup4 {
        int a0 = -1; // the column before the first: "imaginary white"
        boolean black = false;
        int n = 0;
        int b = 0; // index of b1 among the reference row's changes
        while (a0 < width) {
            // b1: the first change on the row above right of a0 to the colour opposite a0's; b2 the one after it.
            // Changes at even indexes turn black, odd ones white (a row starts white).
            // (the row above ends in three changes at the width: one of each colour, and a b2 after it)
            while (b > 0 && reference[b - 1] > a0) b--;
            while (reference[b] <= a0 || ((b & 1) == 1) != black) b++;
            int b1 = reference[b];
            int b2 = reference[b + 1];
            int mode = in.mode();
            switch (mode) {
                case PASS -> a0 = b2;
                case HORIZONTAL -> {
                    int start = Math.max(a0, 0);
                    int a1 = start + in.run(black);
                    int a2 = a1 + in.run(!black);
                    if (a2 > width || n + 2 > width + 2) throw new NotPlainGroup4("a run past the row's end");
                    coding[n++] = a1;
                    coding[n++] = a2;
                    a0 = a2;
                }
                case EOFB -> {
                    if (a0 < 0) return -1;
                    throw new NotPlainGroup4("end of block inside a row");
                }
                default -> { // vertical: a1 is b1 moved by -3..3
                    int a1 = b1 + mode;
                    if (a1 < 0 || a1 > width || a1 < a0 || n + 1 > width + 2)
                        throw new NotPlainGroup4("a change outside the row");
                    coding[n++] = a1;
                    a0 = a1;
                    black = !black;
                }
            }
        }
        return n;
    }

    /** Clears the bits of the row's black runs: from each odd change (0, 2, ...) to the next. */
    private static void paintBlack(byte[] bits, int rowStart, int[] changes, int n, int width) {
        for (int k = 0; k < n; k += 2) {
            int from = changes[k];
            int to = k + 1 < n ? Math.min(changes[k + 1], width) : width;
            if (from >= to) continue;
            int first = from >>> 3;
            int lastByte = (to - 1) >>> 3;
            int headMask = 0xFF >>> (from & 7); // the bits from 'from' to the byte's end
            int tailMask = 0xFF << (7 - ((to - 1) & 7)) & 0xFF; // the bits from the byte's start to 'to'
            if (first == lastByte) {
                bits[rowStart + first] &= (byte) ~(headMask & tailMask);
            } else {
                bits[rowStart + first] &= (byte) ~headMask;
                Arrays.fill(bits, rowStart + first + 1, rowStart + lastByte, (byte) 0);
                bits[rowStart + lastByte] &= (byte) ~tailMask;
            }
        }
    }

    // the modes' codes (T.4 table 4), as decoded by Bits.mode
    private static final int PASS = 100;
    private static final int HORIZONTAL = 101;
    private static final int EOFB = 102;

    /** The coded data, read from the first bit of each byte. */
    private static final class Bits {
        private final byte[] data;
        private final int end;
        private long position; // in bits

        Bits(byte[] data, int from, int to) {
            this.data = data;
            this.end = to;
            this.position = (long) from << 3;
        }

        /** The next {@code count} bits (at most 24), zeros past the data's end, without taking them. */
        private int peek(int count) {
            int at = (int) (position >>> 3);
            int value = 0;
            for (int k = 0; k < 4; k++) value = value << 8 | (at + k < end ? data[at + k] & 0xFF : 0);
            return (int) ((value & 0xFFFFFFFFL) << (position & 7) >>> (32 - count)) & ((1 << count) - 1);
        }

        private void skip(int count) throws NotPlainGroup4 {
            position += count;
            if (position > ((long) end << 3)) throw new NotPlainGroup4("the data ends inside a code");
        }

        int mode() throws NotPlainGroup4 {
            int entry = MODES[peek(7)];
            if (entry == 0) {
                if (peek(12) == 1) {
                    skip(12);
                    return EOFB;
                }
                throw new NotPlainGroup4("an extension or unknown mode code");
            }
            skip(entry >>> 16);
            return (short) entry;
        }

        /** A run's length: make-up codes of 64 and more, then one terminating code under 64. */
        int run(boolean black) throws NotPlainGroup4 {
            int length = 0;
            while (true) {
                int entry = black ? BLACK[peek(13)] : WHITE[peek(12)];
                if (entry == 0) throw new NotPlainGroup4("an unknown run-length code");
                skip(entry >>> 16);
                int run = entry & 0xFFFF;
                length += run;
                if (run < 64) return length;
            }
        }
    }

    /** Indexed by the next 7 bits: (code length << 16) | mode, the vertical modes as their offset -3..3. */
    private static final int[] MODES = new int[128];
    /** Indexed by the next 12 (white) or 13 (black) bits: (code length << 16) | run length. */
    private static final int[] WHITE = new int[1 << 12];

    private static final int[] BLACK = new int[1 << 13];

    static {
        mode("1", 0);
        mode("011", 1);
        mode("010", -1);
        mode("000011", 2);
        mode("000010", -2);
        mode("0000011", 3);
        mode("0000010", -3);
        mode("0001", PASS);
        mode("001", HORIZONTAL);
        // T.4 table 2: terminating codes 0..63, then make-up codes 64..1728
        String[] white = {
            "00110101",
            "000111",
            "0111",
            "1000",
            "1011",
            "1100",
            "1110",
            "1111",
            "10011",
            "10100",
            "00111",
            "01000",
            "001000",
            "000011",
            "110100",
            "110101",
            "101010",
            "101011",
            "0100111",
            "0001100",
            "0001000",
            "0010111",
            "0000011",
            "0000100",
            "0101000",
            "0101011",
            "0010011",
            "0100100",
            "0011000",
            "00000010",
            "00000011",
            "00011010",
            "00011011",
            "00010010",
            "00010011",
            "00010100",
            "00010101",
            "00010110",
            "00010111",
            "00101000",
            "00101001",
            "00101010",
            "00101011",
            "00101100",
            "00101101",
            "00000100",
            "00000101",
            "00001010",
            "00001011",
            "01010010",
            "01010011",
            "01010100",
            "01010101",
            "00100100",
            "00100101",
            "01011000",
            "01011001",
            "01011010",
            "01011011",
            "01001010",
            "01001011",
            "00110010",
            "00110011",
            "00110100",
            // 64, 128, ... 1728
            "11011",
            "10010",
            "010111",
            "0110111",
            "00110110",
            "00110111",
            "01100100",
            "01100101",
            "01101000",
            "01100111",
            "011001100",
            "011001101",
            "011010010",
            "011010011",
            "011010100",
            "011010101",
            "011010110",
            "011010111",
            "011011000",
            "011011001",
            "011011010",
            "011011011",
            "010011000",
            "010011001",
            "010011010",
            "011000",
            "010011011"
        };
        String[] black = {
            "0000110111",
            "010",
            "11",
            "10",
            "011",
            "0011",
            "0010",
            "00011",
            "000101",
            "000100",
            "0000100",
            "0000101",
            "0000111",
            "00000100",
            "00000111",
            "000011000",
            "0000010111",
            "0000011000",
            "0000001000",
            "00001100111",
            "00001101000",
            "00001101100",
            "00000110111",
            "00000101000",
            "00000010111",
            "00000011000",
            "000011001010",
            "000011001011",
            "000011001100",
            "000011001101",
            "000001101000",
            "000001101001",
            "000001101010",
            "000001101011",
            "000011010010",
            "000011010011",
            "000011010100",
            "000011010101",
            "000011010110",
            "000011010111",
            "000001101100",
            "000001101101",
            "000011011010",
            "000011011011",
            "000001010100",
            "000001010101",
            "000001010110",
            "000001010111",
            "000001100100",
            "000001100101",
            "000001010010",
            "000001010011",
            "000000100100",
            "000000110111",
            "000000111000",
            "000000100111",
            "000000101000",
            "000001011000",
            "000001011001",
            "000000101011",
            "000000101100",
            "000001011010",
            "000001100110",
            "000001100111",
            // 64, 128, ... 1728
            "0000001111",
            "000011001000",
            "000011001001",
            "000001011011",
            "000000110011",
            "000000110100",
            "000000110101",
            "0000001101100",
            "0000001101101",
            "0000001001010",
            "0000001001011",
            "0000001001100",
            "0000001001101",
            "0000001110010",
            "0000001110011",
            "0000001110100",
            "0000001110101",
            "0000001110110",
            "0000001110111",
            "0000001010010",
            "0000001010011",
            "0000001010100",
            "0000001010101",
            "0000001011010",
            "0000001011011",
            "0000001100100",
            "0000001100101"
        };
        // T.4 table 3: make-up codes 1792..2560, the same for both colours (rows wider than 1728)
        String[] wide = {
            "00000001000", "00000001100", "00000001101", "000000010010", "000000010011", "000000010100",
            "000000010101", "000000010110", "000000010111", "000000011100", "000000011101", "000000011110",
            "000000011111"
        };
        for (int i = 0; i < white.length; i++) {
            int run = i < 64 ? i : (i - 63) * 64;
            code(WHITE, 12, white[i], run);
            code(BLACK, 13, black[i], run);
        }
        for (int i = 0; i < wide.length; i++) {
            code(WHITE, 12, wide[i], 1792 + 64 * i);
            code(BLACK, 13, wide[i], 1792 + 64 * i);
        }
    }

    private static void mode(String code, int mode) {
        code(MODES, 7, code, mode & 0xFFFF);
    }

    /** Fills every table entry whose index begins with {@code code}. */
    private static void code(int[] table, int bits, String code, int value) {
        int prefix = Integer.parseInt(code, 2) << (bits - code.length());
        for (int rest = 0; rest < 1 << (bits - code.length()); rest++) {
            table[prefix | rest] = code.length() << 16 | value;
        }
    }
}
