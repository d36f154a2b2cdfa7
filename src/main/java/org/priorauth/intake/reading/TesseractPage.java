package org.priorauth.intake.reading;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.TessAPI;

/**
 * One Tesseract engine, owned by one worker thread. Tess4J's {@code doOCR} loads the language model on every
 * call; keeping the engine initialised between pages is what makes our path as fast as the CLI.
 */
final class TesseractPage implements AutoCloseable {

    private static final int OEM_LSTM_ONLY = 1;
    private static final int PSM_AUTO = 3;

    private final TessAPI api = TessAPI.INSTANCE;
    private final TessBaseAPI handle;
    private ByteBuffer buffer;

    /**
     * The language model alone: the clinic's words are mended after reading ({@link ClinicWords}), not handed to
     * Tesseract as user words, which made it slower and bent identifiers to the shapes it was told.
     */
    TesseractPage(Path tessdata, String language) {
        handle = api.TessBaseAPICreate();
        api.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
        if (api.TessBaseAPIInit1(handle, tessdata.toString(), language, OEM_LSTM_ONLY, new PointerByReference(), 0)
                != 0) {
            api.TessBaseAPIDelete(handle);
            throw new IllegalStateException("Tesseract cannot load language '" + language + "' from " + tessdata
                    + " (install Debian's tesseract-ocr-" + language + ")");
        }
        api.TessBaseAPISetPageSegMode(handle, PSM_AUTO);
    }

    /**
     * @param page an 8-bit gray image, or a black-and-white one of one bit a pixel in the JDK's layout (rows of
     *     packed bytes, the first pixel in the top bit, 1 white: the layout Tesseract takes for binary images)
     */
    PageText recognize(int pageNumber, BufferedImage page, int dpi) {
        byte[] bits = packedBits(page);
        boolean binary = bits != null;
        BufferedImage gray = binary ? page : PageImages.toGray(page);
        int rowBytes = binary ? (gray.getWidth() + 7) / 8 : gray.getWidth();
        byte[] pixels = binary
                ? bits
                : gray.getRaster().getParent() == null
                                && gray.getRaster().getDataBuffer() instanceof java.awt.image.DataBufferByte whole
                                && whole.getData().length == rowBytes * gray.getHeight()
                        ? whole.getData()
                        // a part of a larger image: its own rows copied out
                        : (byte[]) gray.getRaster().getDataElements(0, 0, gray.getWidth(), gray.getHeight(), null);
        // the engine's own buffer, kept between pages: a page's copy is made once, into memory the JVM does not
        // have to collect
        if (buffer == null || buffer.capacity() < pixels.length) buffer = ByteBuffer.allocateDirect(pixels.length);
        buffer.clear().put(pixels).flip();
        api.TessBaseAPISetImage(handle, buffer, gray.getWidth(), gray.getHeight(), binary ? 0 : 1, rowBytes);
        api.TessBaseAPISetSourceResolution(handle, dpi);
        Pointer text = api.TessBaseAPIGetUTF8Text(handle);
        try {
            String recognized = text == null ? "" : text.getString(0, "UTF-8");
            int confidence = api.TessBaseAPIMeanTextConf(handle);
            return new PageText(pageNumber, recognized, ReadMethod.OCR, Math.max(0, confidence) / 100.0);
        } finally {
            if (text != null) api.TessDeleteText(text);
            api.TessBaseAPIClear(handle);
        }
    }

    /** A one-bit page's bytes as Tesseract takes them (whole rows, 1 white), or null for any other image. */
    private static byte[] packedBits(BufferedImage page) {
        if (page.getType() != BufferedImage.TYPE_BYTE_BINARY
                || page.getColorModel().getPixelSize() != 1
                || (page.getColorModel().getRGB(0) & 0xFFFFFF) != 0
                || (page.getColorModel().getRGB(1) & 0xFFFFFF) != 0xFFFFFF
                || page.getRaster().getParent() != null
                || !(page.getRaster().getDataBuffer() instanceof java.awt.image.DataBufferByte whole)
                || whole.getData().length != (page.getWidth() + 7) / 8 * page.getHeight()) {
            return null;
        }
        return whole.getData();
    }

    @Override
    public void close() {
        api.TessBaseAPIEnd(handle);
        api.TessBaseAPIDelete(handle);
    }
}
