package org.priorauth.intake.reading;

import java.util.HashMap;
import java.util.Map;

/**
 * The tags of one page of a TIFF file, read from its bytes: what {@link Group4Fax} needs to find a page's
 * coded strips. Anything unexpected (a BigTIFF, an offset outside the file, a chain of pages that loops) gives
 * null, and the page is left to an image reader.
 */
final class TiffTags {

    static final int WIDTH = 256;
    static final int HEIGHT = 257;
    static final int BITS_PER_SAMPLE = 258;
    static final int COMPRESSION = 259;
    static final int PHOTOMETRIC = 262;
    static final int FILL_ORDER = 266;
    static final int STRIP_OFFSETS = 273;
    static final int SAMPLES_PER_PIXEL = 277;
    static final int ROWS_PER_STRIP = 278;
    static final int STRIP_BYTE_COUNTS = 279;
    static final int T6_OPTIONS = 293;
    static final int TILE_OFFSETS = 324;

    private static final int MOST_PAGES = 100_000;

    private final byte[] file;
    private final boolean littleEndian;

    private TiffTags(byte[] file, boolean littleEndian) {
        this.file = file;
        this.littleEndian = littleEndian;
    }

    /** Page {@code index}'s tags with integer values (BYTE, SHORT, LONG), or null. */
    static Map<Integer, long[]> ofPage(byte[] file, int index) {
        if (file.length < 8) return null;
        boolean little;
        if (file[0] == 'I' && file[1] == 'I') little = true;
        else if (file[0] == 'M' && file[1] == 'M') little = false;
        else return null;
        TiffTags tiff = new TiffTags(file, little);
        if (tiff.unsigned(2, 2) != 42) return null; // 43 is BigTIFF: not a fax server's
        long ifd = tiff.unsigned(4, 4);
        for (int page = 0; page < index; page++) {
            if (page > MOST_PAGES || !tiff.inside(ifd, 2)) return null;
            long entries = tiff.unsigned(ifd, 2);
            if (!tiff.inside(ifd + 2 + 12 * entries, 4)) return null;
            long next = tiff.unsigned(ifd + 2 + 12 * entries, 4);
            if (next <= ifd) return null; // pages are written forward; anything else may loop
            ifd = next;
        }
        return ifd == 0 ? null : tiff.tagsAt(ifd);
    }

    private Map<Integer, long[]> tagsAt(long ifd) {
        if (!inside(ifd, 2)) return null;
        int entries = (int) unsigned(ifd, 2);
        if (!inside(ifd + 2, 12L * entries)) return null;
        Map<Integer, long[]> tags = new HashMap<>();
        for (int e = 0; e < entries; e++) {
            long at = ifd + 2 + 12L * e;
            int tag = (int) unsigned(at, 2);
            int type = (int) unsigned(at + 2, 2);
            long count = unsigned(at + 4, 4);
            int size =
                    switch (type) {
                        case 1 -> 1; // BYTE
                        case 3 -> 2; // SHORT
                        case 4 -> 4; // LONG
                        default -> 0; // not a number we need
                    };
            if (size == 0 || count > file.length) continue;
            long valuesAt = count * size <= 4 ? at + 8 : unsigned(at + 8, 4);
            if (!inside(valuesAt, count * size)) return null;
            long[] values = new long[(int) count];
            for (int i = 0; i < count; i++) values[i] = unsigned(valuesAt + (long) i * size, size);
            tags.put(tag, values);
        }
        return tags;
    }

    private boolean inside(long at, long length) {
        return at >= 0 && length >= 0 && at + length <= file.length;
    }

    private long unsigned(long at, int bytes) {
        long value = 0;
        for (int i = 0; i < bytes; i++) {
            int b = file[(int) at + (littleEndian ? bytes - 1 - i : i)] & 0xFF;
            value = value << 8 | b;
        }
        return value;
    }
}
