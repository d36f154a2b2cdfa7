package org.priorauth.intake.reading;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.function.ObjIntConsumer;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.priorauth.intake.IntakeSettings;
import org.w3c.dom.NodeList;

/**
 * Decodes image documents page by page (multi-page TIFF from fax servers, CCITT G4 included, PNG, JPEG) with
 * the JDK's own readers, and hands each page on as soon as it is decoded.
 */
final class PageImages {

    static final int FAX_DPI = 200;

    private PageImages() {}

    /** A decoded page and the resolution it was scanned at, after squaring non-square fax pixels. */
    record Page(BufferedImage image, int dpi) {}

    static int forEachPage(byte[] content, ObjIntConsumer<Page> consumer) {
        return forEachPage(content, IntakeSettings.Limits.DEFAULT.maxImagePixels(), consumer);
    }

    /** Decodes page after page; a page larger than {@code maxPixels} is refused from its header, before decoding. */
    static int forEachPage(byte[] content, long maxPixels, ObjIntConsumer<Page> consumer) {
        // the bytes are in memory already: ImageIO.createImageInputStream would copy them to a temporary file
        // first (its cache, on by default), which cost 6-8 ms of a fax page
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) throw new UnreadableDocumentException("corrupt image: no reader knows this format");
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, false);
                int pages = 0;
                while (true) {
                    BufferedImage image;
                    IIOMetadata metadata;
                    try {
                        long pixels = (long) reader.getWidth(pages) * reader.getHeight(pages);
                        if (pixels > maxPixels) {
                            throw new UnreadableDocumentException("image too large: page " + (pages + 1) + " is "
                                    + reader.getWidth(pages) + " x " + reader.getHeight(pages) + " pixels, over "
                                    + maxPixels / 1_000_000 + " megapixels (intake.limits.max-image-megapixels)");
                        }
                        metadata = reader.getImageMetadata(pages);
                        // a Group 4 fax page decoded by our own decoder (a tenth of the JDK's time), else the JDK's
                        image = Group4Fax.readPage(content, pages, reader.getWidth(pages), reader.getHeight(pages));
                        if (image == null) image = reader.read(pages);
                    } catch (IndexOutOfBoundsException end) {
                        break;
                    }
                    consumer.accept(squared(image, metadata), pages + 1);
                    pages++;
                }
                if (pages == 0) throw new UnreadableDocumentException("corrupt image: it holds no page");
                return pages;
            } finally {
                reader.dispose();
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new UnreadableDocumentException("corrupt image: " + e.getMessage(), e);
        }
    }

    /**
     * Fax "standard" mode scans 204x98 dpi: every pixel is twice as tall as wide. Tesseract needs square
     * pixels, so such a page is stretched to the horizontal resolution. (Through Java2D into gray: repeating
     * each row instead, to stay one bit a pixel on the fax path, read worse on the outside corpus' standard
     * pages: fields 0.971 -> 0.960, two values invented.)
     */
    private static Page squared(BufferedImage image, IIOMetadata metadata) {
        double[] pixelMm = pixelSizeMm(metadata);
        if (pixelMm == null) return new Page(image, image.getWidth() > 1800 ? 300 : FAX_DPI);
        int xDpi = (int) Math.round(25.4 / pixelMm[0]);
        int yDpi = (int) Math.round(25.4 / pixelMm[1]);
        if (xDpi <= 0 || yDpi <= 0) return new Page(image, FAX_DPI);
        if (Math.abs(xDpi - yDpi) * 10 < xDpi) return new Page(image, xDpi);
        int height = (int) Math.round(image.getHeight() * (double) xDpi / yDpi);
        BufferedImage stretched = new BufferedImage(image.getWidth(), height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = stretched.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, image.getWidth(), height, null);
        g.dispose();
        return new Page(stretched, xDpi);
    }

    /** How much taller a page must be drawn to square its pixels (2 for a 204x98 fax, else 1). */
    static double verticalStretch(IIOMetadata metadata) {
        double[] mm = pixelSizeMm(metadata);
        if (mm == null || mm[0] <= 0 || mm[1] <= 0) return 1;
        double ratio = mm[1] / mm[0];
        return Math.abs(ratio - 1) < 0.1 ? 1 : ratio;
    }

    private static double[] pixelSizeMm(IIOMetadata metadata) {
        if (metadata == null || !metadata.isStandardMetadataFormatSupported()) return null;
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree("javax_imageio_1.0");
        Double h = sizeOf(root.getElementsByTagName("HorizontalPixelSize"));
        Double v = sizeOf(root.getElementsByTagName("VerticalPixelSize"));
        return h == null || v == null ? null : new double[] {h, v};
    }

    private static Double sizeOf(NodeList nodes) {
        if (nodes.getLength() == 0) return null;
        try {
            return Double.valueOf(((IIOMetadataNode) nodes.item(0)).getAttribute("value"));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Tesseract gets 8-bit gray: a bilevel fax's bit order then cannot be misread. */
    static BufferedImage toGray(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) return image;
        BufferedImage gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        g.setColor(java.awt.Color.WHITE); // a transparent PNG background is paper, not ink
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return gray;
    }
}
