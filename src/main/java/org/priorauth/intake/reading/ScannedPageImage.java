package org.priorauth.intake.reading;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.util.Matrix;

/**
 * A scanned page's own picture. A page that is nothing but one image drawn upright over the whole page (what a
 * scanner or a fax server saves as PDF) is read from that image at the resolution it was scanned at. Rendering
 * it instead resamples it to the render resolution: a 200-dpi page becomes 2.25 times the pixels for Tesseract
 * to lay out, a black-and-white one turns gray (and loses the fax path's cleaning), and the rendering itself
 * costs 25-200 ms a page.
 *
 * <p>Anything else on the page (text, lines, a second image, a stamp, an annotation, a turned page, a mask, an
 * image stretched out of square) and the page is rendered as before: the picture alone would not be what the
 * page shows. {@link #toRead} makes that choice, for the application and for the benchmark's CLI alike.
 */
public final class ScannedPageImage {

    /** The page's picture and the resolution it has on the page. */
    public record Found(BufferedImage image, int dpi) {}

    /**
     * A scan coarser than this is rendered at the render resolution rather than read from its own picture. Fax
     * and office-scanner pages of about 200 dpi read better as they are (measured on the outside corpus's 13
     * image-only PDFs: more fields right, none lost); coarser ones were not measured, and Tesseract's own advice
     * is to enlarge small text, so they are rendered as before.
     */
    public static final int MIN_DPI = 190;

    /** How far the picture may be from the page's edges or from square pixels: a scanner's rounding. */
    private static final double SLACK = 0.01;

    private ScannedPageImage() {}

    /**
     * A PDF page's picture as OCR reads it: its scan where the page is only that ({@link #of}, of {@link #MIN_DPI}
     * to {@code renderDpi}), else the page rendered in gray at {@code renderDpi}, lowered for a page so large (a
     * poster, a forged media box) that it would not fit {@code maxPixels} at that resolution.
     */
    public static Found toRead(PDDocument pdf, PDFRenderer renderer, int index, int renderDpi, long maxPixels)
            throws IOException {
        PDPage page = pdf.getPage(index);
        Optional<Found> scan = of(page, maxPixels, MIN_DPI, renderDpi);
        if (scan.isPresent()) return scan.get();
        int dpi = dpiWithin(page.getMediaBox(), renderDpi, maxPixels);
        return new Found(renderer.renderImageWithDPI(index, dpi, ImageType.GRAY), dpi);
    }

    private static int dpiWithin(PDRectangle box, int renderDpi, long maxPixels) {
        double squareInches = (box.getWidth() / 72.0) * (box.getHeight() / 72.0);
        if (squareInches <= 0) return renderDpi;
        int fitting = (int) Math.floor(Math.sqrt(maxPixels / squareInches));
        return Math.max(1, Math.min(renderDpi, fitting));
    }

    /**
     * @param minDpi below this the page is rendered (a coarse scan gains from being enlarged for Tesseract)
     * @param maxDpi above this too (a 600-dpi scan is rendered down to the usual resolution)
     * @return the picture, or empty when the page is anything more or else than one upright picture
     */
    public static Optional<Found> of(PDPage page, long maxPixels, int minDpi, int maxDpi) {
        try {
            return find(page, maxPixels, minDpi, maxDpi);
        } catch (IOException | RuntimeException e) {
            // a content stream or image PDFBox cannot take apart here: the renderer has its own say
            return Optional.empty();
        }
    }

    private static Optional<Found> find(PDPage page, long maxPixels, int minDpi, int maxDpi) throws IOException {
        PDResources resources = page.getResources();
        if (page.getRotation() % 360 != 0
                || resources == null
                || !page.getAnnotations().isEmpty()) {
            return Optional.empty();
        }
        PDImageXObject image = null;
        Matrix placed = null;
        Matrix ctm = new Matrix();
        Deque<Matrix> saved = new ArrayDeque<>();
        List<COSBase> operands = new ArrayList<>();
        // token by token, so that a page of drawing is given up at its first stroke, not parsed whole first
        PDFStreamParser parser = new PDFStreamParser(page);
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof COSBase operand) {
                operands.add(operand);
                continue;
            }
            if (!(token instanceof Operator operator)) return Optional.empty();
            switch (operator.getName()) {
                case "q" -> saved.push(ctm.clone());
                case "Q" -> {
                    if (saved.isEmpty()) return Optional.empty();
                    ctm = saved.pop();
                }
                case "cm" -> {
                    float[] m = numbers(operands, 6);
                    if (m == null) return Optional.empty();
                    ctm = new Matrix(m[0], m[1], m[2], m[3], m[4], m[5]).multiply(ctm);
                }
                case "Do" -> {
                    if (image != null || operands.size() != 1 || !(operands.get(0) instanceof COSName name)) {
                        return Optional.empty();
                    }
                    if (!(resources.getXObject(name) instanceof PDImageXObject picture)) return Optional.empty();
                    image = picture;
                    placed = ctm.clone();
                }
                // text, paths, colours, another state: the page shows more than its picture
                default -> {
                    return Optional.empty();
                }
            }
            operands.clear();
        }
        if (image == null
                || image.isStencil()
                || image.getCOSObject().containsKey(COSName.SMASK)
                || image.getCOSObject().containsKey(COSName.MASK)) {
            return Optional.empty();
        }
        PDRectangle box = page.getCropBox();
        float width = placed.getScaleX();
        float height = placed.getScaleY();
        boolean upright = width > 0
                && height > 0
                && Math.abs(placed.getShearX()) < SLACK * width
                && Math.abs(placed.getShearY()) < SLACK * height;
        boolean coversThePage = upright
                && near(placed.getTranslateX(), box.getLowerLeftX(), box.getWidth())
                && near(placed.getTranslateY(), box.getLowerLeftY(), box.getHeight())
                && near(width, box.getWidth(), box.getWidth())
                && near(height, box.getHeight(), box.getHeight());
        if (!coversThePage || (long) image.getWidth() * image.getHeight() > maxPixels) return Optional.empty();
        double dpiAcross = image.getWidth() / (width / 72.0);
        double dpiDown = image.getHeight() / (height / 72.0);
        int dpi = (int) Math.round(dpiAcross);
        if (Math.abs(dpiAcross - dpiDown) > SLACK * dpiAcross || dpi < minDpi || dpi > maxDpi) return Optional.empty();
        BufferedImage picture = grayJpeg(image);
        if (picture == null) picture = image.getImage();
        return picture == null ? Optional.empty() : Optional.of(new Found(picture, dpi));
    }

    /**
     * A gray JPEG (an office scanner's usual PDF) decoded by the JDK's reader straight to gray: PDFBox's own decoding
     * turns it to RGB a pixel at a time, 86-135 ms a page on the outside corpus's scans. Null for any other image.
     */
    private static BufferedImage grayJpeg(PDImageXObject image) throws IOException {
        List<COSName> filters = image.getStream().getFilters();
        if (filters.isEmpty()
                || !COSName.DCT_DECODE.equals(filters.get(filters.size() - 1))
                || !(image.getColorSpace() instanceof PDDeviceGray)
                || image.getBitsPerComponent() != 8
                || image.getDecode() != null) {
            return null;
        }
        try (InputStream jpeg = image.getStream().createInputStream(List.of(COSName.DCT_DECODE.getName()));
                ImageInputStream in = ImageIO.createImageInputStream(jpeg)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) return null;
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                // the size the JPEG itself declares, before decoding it: not the PDF's word for it
                if (reader.getWidth(0) != image.getWidth() || reader.getHeight(0) != image.getHeight()) return null;
                BufferedImage gray = reader.read(0);
                return gray.getType() == BufferedImage.TYPE_BYTE_GRAY ? gray : null;
            } finally {
                reader.dispose();
            }
        }
    }

    private static boolean near(float value, float target, float scale) {
        return Math.abs(value - target) <= SLACK * scale;
    }

    private static float[] numbers(List<COSBase> operands, int count) {
        if (operands.size() != count) return null;
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            if (!(operands.get(i) instanceof COSNumber n)) return null;
            values[i] = n.floatValue();
        }
        return values;
    }
}
