package org.priorauth.intake.reading;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.springframework.stereotype.Component;

/**
 * A page of a document as a PNG for the viewer: a fax or scan page squared and scaled to screen size, a PDF
 * page rendered. HTML and mail have no pages to show (empty).
 */
@Component
public class PageView {

    private static final int VIEW_WIDTH = 1000;

    /** @param page 1-based */
    public Optional<byte[]> png(String sourceName, byte[] content, String contentTypeHint, int page) {
        DocumentFormat format = DocumentFormat.detect(sourceName, content, contentTypeHint);
        return switch (format) {
            case PDF -> Optional.ofNullable(pdfPage(content, page)).map(PageView::encode);
            case TIFF, PNG, JPEG ->
                Optional.ofNullable(imagePage(content, page)).map(img -> encode(scaled(img)));
            default -> Optional.empty();
        };
    }

    private static BufferedImage pdfPage(byte[] content, int page) {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            if (page < 1 || page > pdf.getNumberOfPages()) return null;
            float dpi = VIEW_WIDTH / (pdf.getPage(page - 1).getMediaBox().getWidth() / 72f);
            return new PDFRenderer(pdf).renderImageWithDPI(page - 1, dpi, ImageType.GRAY);
        } catch (IOException e) {
            throw new UnreadableDocumentException("corrupt PDF: " + e.getMessage(), e);
        }
    }

    private static BufferedImage imagePage(byte[] content, int page) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext() || page < 1) return null;
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, false);
                BufferedImage image = reader.read(page - 1);
                // same squaring as for OCR, so a standard-mode fax is not shown squashed
                double aspect = PageImages.verticalStretch(reader.getImageMetadata(page - 1));
                return aspect == 1 ? image : stretch(image, aspect);
            } catch (IndexOutOfBoundsException e) {
                return null;
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new UnreadableDocumentException("corrupt image: " + e.getMessage(), e);
        }
    }

    private static BufferedImage stretch(BufferedImage image, double aspect) {
        return resize(image, image.getWidth(), (int) Math.round(image.getHeight() * aspect));
    }

    private static BufferedImage scaled(BufferedImage image) {
        if (image.getWidth() <= VIEW_WIDTH) return image;
        double f = (double) VIEW_WIDTH / image.getWidth();
        return resize(image, VIEW_WIDTH, (int) Math.round(image.getHeight() * f));
    }

    private static BufferedImage resize(BufferedImage image, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    private static byte[] encode(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
