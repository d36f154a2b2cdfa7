package org.priorauth.intake.samples;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Renders letter text the way it reaches the clinic: a fax page (bilevel, 204x196 dpi, a fax header, a
 * slight skew and speckle), a scanned page in an image PDF, or a born-digital PDF with a text layer.
 */
public final class LetterRenderer {

    static final int FAX_WIDTH = 1728;
    static final int FAX_HEIGHT = 2156;

    private LetterRenderer() {}

    public static BufferedImage faxPage(String text, String header, long seed) {
        BufferedImage page = new BufferedImage(FAX_WIDTH, FAX_HEIGHT, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, FAX_WIDTH, FAX_HEIGHT);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 22));
        g.drawString(header, 60, 40);
        Random random = new Random(seed);
        // a page fed a little crooked
        g.setTransform(AffineTransform.getRotateInstance(
                Math.toRadians((random.nextDouble() - 0.5) * 1.2), FAX_WIDTH / 2.0, FAX_HEIGHT / 2.0));
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 34));
        int y = 140;
        for (String line : text.split("\n")) {
            g.drawString(line, 130, y);
            y += 46;
        }
        g.dispose();
        // speckle: dust on the glass and line noise
        for (int i = 0; i < 600; i++) {
            page.setRGB(random.nextInt(FAX_WIDTH), random.nextInt(FAX_HEIGHT), 0x000000);
        }
        return page;
    }

    /** A letter scanned gray at 150 dpi, a little crooked. */
    public static BufferedImage scannedPage(String text, long seed) {
        return scannedPage(text, seed, 150);
    }

    /** The same letter scanned at {@code dpi} (an office scanner's 200 or 300). */
    public static BufferedImage scannedPage(String text, long seed, int dpi) {
        BufferedImage page =
                new BufferedImage(Math.round(8.5f * dpi), 11 * dpi, BufferedImage.TYPE_BYTE_GRAY); // letter size
        Graphics2D g = page.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(245, 245, 240));
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setColor(new Color(30, 30, 30));
        Random random = new Random(seed);
        // drawn in the 150-dpi page's coordinates, scaled to the scan's resolution
        AffineTransform placement = AffineTransform.getScaleInstance(dpi / 150.0, dpi / 150.0);
        placement.rotate(Math.toRadians((random.nextDouble() - 0.5) * 0.8), 637, 825);
        g.setTransform(placement);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
        int y = 110;
        for (String line : text.split("\n")) {
            g.drawString(line, 100, y);
            y += 31;
        }
        g.dispose();
        return page;
    }

    /** A multi-page TIFF compressed CCITT T.6 (Group 4), as fax servers save them, at 204x196 dpi ("fine"). */
    public static byte[] faxTiff(List<BufferedImage> pages) throws IOException {
        return faxTiff(pages, 196);
    }

    /**
     * @param verticalDpi 196 for "fine" faxes, 98 for "standard" ones: then every other line is dropped, as a
     *     standard-mode fax machine scans, and the pixels are twice as tall as wide
     */
    public static byte[] faxTiff(List<BufferedImage> pages, int verticalDpi) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType("CCITT T.6");
            writer.prepareWriteSequence(null);
            for (BufferedImage fine : pages) {
                BufferedImage page = verticalDpi == 196 ? fine : halfHeight(fine);
                IIOMetadata metadata =
                        writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(page), param);
                IIOMetadataNode root = new IIOMetadataNode("javax_imageio_1.0");
                IIOMetadataNode dimension = new IIOMetadataNode("Dimension");
                dimension.appendChild(node("HorizontalPixelSize", 25.4 / 204));
                dimension.appendChild(node("VerticalPixelSize", 25.4 / verticalDpi));
                root.appendChild(dimension);
                metadata.mergeTree("javax_imageio_1.0", root);
                writer.writeToSequence(new IIOImage(page, null, metadata), param);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static BufferedImage halfHeight(BufferedImage fine) {
        BufferedImage standard =
                new BufferedImage(fine.getWidth(), fine.getHeight() / 2, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < standard.getHeight(); y++) {
            for (int x = 0; x < fine.getWidth(); x++) standard.setRGB(x, y, fine.getRGB(x, y * 2));
        }
        return standard;
    }

    private static IIOMetadataNode node(String name, double value) {
        IIOMetadataNode node = new IIOMetadataNode(name);
        node.setAttribute("value", Double.toString(value));
        return node;
    }

    public static byte[] image(BufferedImage page, String format) throws IOException {
        BufferedImage rgb = page;
        if ("jpeg".equals(format)) {
            rgb = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = rgb.createGraphics();
            g.drawImage(page, 0, 0, null);
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(rgb, format, out);
        return out.toByteArray();
    }

    /** Pictures of pages in a PDF without a text layer: what a scanner or a portal "print" produces. */
    public static byte[] imagePdf(List<BufferedImage> pages) throws IOException {
        try (PDDocument pdf = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (BufferedImage image : pages) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                pdf.addPage(page);
                PDImageXObject picture = LosslessFactory.createFromImage(pdf, image);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.drawImage(picture, 0, 0, PDRectangle.LETTER.getWidth(), PDRectangle.LETTER.getHeight());
                }
            }
            pdf.save(out);
            return out.toByteArray();
        }
    }

    /** A born-digital letter with a text layer; a form feed starts a new page. */
    public static byte[] textPdf(String text) throws IOException {
        try (PDDocument pdf = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String pageText : text.split("\f\n?")) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.beginText();
                    content.setFont(font, 11);
                    content.setLeading(15);
                    content.newLineAtOffset(60, 730);
                    for (String line : pageText.split("\n")) {
                        content.showText(line.replace("\t", "    "));
                        content.newLine();
                    }
                    content.endText();
                }
            }
            pdf.save(out);
            return out.toByteArray();
        }
    }
}
