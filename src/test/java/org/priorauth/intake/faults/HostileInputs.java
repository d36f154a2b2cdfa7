package org.priorauth.intake.faults;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.priorauth.intake.samples.LetterRenderer;

/**
 * What a sender, a broken scanner or an attacker can put in a watched folder or the inbox, made here, in memory
 * or streamed, so that none of it is stored in the repository: every one is a real file of its kind (a PNG that
 * says 30,000 x 30,000 pixels is one, with every row in it).
 */
public final class HostileInputs {

    private HostileInputs() {}

    /**
     * A denial for the {@code n}th made-up patient: letters that carry a good letter must differ, or the second
     * copy of the same bytes is rightly taken for the first.
     */
    static String denial(int n) {
        return """
                Northwind Health Plan
                Notice of denial
                Member: Quilla Hostetter%d   Member ID: HST%d
                Your request for Dupixent is denied: no trial of a topical steroid is on file.
                You may appeal within 60 days of the date of this notice (11/02/2026).
                """
                .formatted(n, 4417209 + n * 7919);
    }

    static byte[] truncated(byte[] pdf) {
        return Arrays.copyOf(pdf, pdf.length / 2);
    }

    /** A PDF's header, then noise: what a disk error or a half-finished download leaves. */
    static byte[] corruptPdf() {
        byte[] noise = new byte[64 * 1024];
        new Random(7).nextBytes(noise);
        byte[] header =
                "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(header, 0, noise, 0, header.length);
        return noise;
    }

    public static byte[] passwordProtectedPdf() throws IOException {
        try (PDDocument pdf = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pdf.addPage(new PDPage());
            pdf.protect(new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission()));
            pdf.save(out);
            return out.toByteArray();
        }
    }

    static byte[] pdfOfPages(int pages) throws IOException {
        try (PDDocument pdf = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) pdf.addPage(new PDPage());
            pdf.save(out);
            return out.toByteArray();
        }
    }

    /**
     * A black-and-white PNG of {@code side} x {@code side} pixels, every row present (all white), written row by
     * row through the deflater: 112 MB of pixels for 30,000, about 110 KB on disk, and never whole in memory here.
     */
    static byte[] hugePng(int side) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(header);
        h.writeInt(side);
        h.writeInt(side);
        h.write(new byte[] {1, 0, 0, 0, 0}); // 1 bit grey, deflate, no filter method, no interlace
        chunk(png, "IHDR", header.toByteArray());
        ByteArrayOutputStream pixels = new ByteArrayOutputStream();
        try (OutputStream rows = new DeflaterOutputStream(pixels)) {
            byte[] row = new byte[1 + (side + 7) / 8];
            Arrays.fill(row, (byte) 0xff);
            row[0] = 0; // filter: none
            for (int y = 0; y < side; y++) rows.write(row);
        }
        chunk(png, "IDAT", pixels.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        DataOutputStream out = new DataOutputStream(png);
        out.writeInt(data.length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }

    /**
     * A fax page saved as a TIFF with no resolution at all (no XResolution, YResolution or ResolutionUnit), as
     * some fax servers do: the reader must not take it for a 72 dpi poster.
     */
    static byte[] tiffWithoutResolution(BufferedImage page) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            IIOMetadata metadata = writer.getDefaultImageMetadata(
                    javax.imageio.ImageTypeSpecifier.createFromRenderedImage(page), writer.getDefaultWriteParam());
            writer.write(new IIOImage(page, null, metadata));
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** A ZIP of one entry holding {@code megabytes} MB of zeros: a few hundred KB packed. */
    static byte[] zipBomb(int megabytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("statement.pdf"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) zip.write(zeros);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    static byte[] zip(String entryName, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entryName));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /**
     * A ZIP that contains itself: the one input not made here (src/test/resources/faults/README.md says where it
     * comes from and why).
     */
    static byte[] zipQuine() throws IOException {
        try (var in = HostileInputs.class.getResourceAsStream("/faults/zipquine.zip")) {
            return in.readAllBytes();
        }
    }

    /** {@code depth} ZIPs, each inside the next, the letter in the innermost. */
    static byte[] nestedZips(int depth, byte[] letter) throws IOException {
        byte[] content = zip("letter.pdf", letter);
        for (int i = 1; i < depth; i++) content = zip("level-" + i + ".zip", content);
        return content;
    }

    /** A mail whose MIME is broken: an undeclared charset, a part of bad base64, no closing boundary. */
    static byte[] malformedMail() {
        return ("From: pa-desk@northwind.example\r\nTo: intake@clinic.example\r\n"
                        + "Subject: =?x-unknown?B?!!notbase64!!?=\r\nMessage-ID: <malformed@northwind.example>\r\n"
                        + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"cut-short\"\r\n\r\n"
                        + "--cut-short\r\nContent-Type: text/plain; charset=no-such-charset\r\n\r\n"
                        + denial(8).replace("\n", "\r\n")
                        + "\r\n--cut-short\r\nContent-Type: application/pdf; name=\"letter.pdf\"\r\n"
                        + "Content-Transfer-Encoding: base64\r\n\r\n%%%% this is not base64 %%%%\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * A mail of about 50 MB: the letter in its body and a 37 MB attachment (noise named as a scan), base64 as
     * mail carries it.
     */
    static byte[] fiftyMegabyteMail() {
        byte[] scan = new byte[37 * 1024 * 1024];
        new Random(11).nextBytes(scan);
        String attachment = Base64.getMimeEncoder().encodeToString(scan);
        return ("From: pa-desk@northwind.example\r\nTo: intake@clinic.example\r\nSubject: Records\r\n"
                        + "Message-ID: <fifty-mb@northwind.example>\r\nMIME-Version: 1.0\r\n"
                        + "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\n"
                        + "Content-Type: text/plain; charset=UTF-8\r\n\r\n"
                        + denial(9).replace("\n", "\r\n")
                        + "\r\n--b1\r\nContent-Type: application/octet-stream; name=\"records-scan.tif\"\r\n"
                        + "Content-Disposition: attachment; filename=\"records-scan.tif\"\r\n"
                        + "Content-Transfer-Encoding: base64\r\n\r\n" + attachment + "\r\n--b1--\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** A portal page with scripts and every kind of external reference, each pointing at {@code base}. */
    static byte[] htmlWithScriptsAndReferences(String base) {
        return ("""
                <html><head>
                <script src="%1$s/script.js"></script>
                <link rel="stylesheet" href="%1$s/style.css">
                <style>@import url("%1$s/import.css"); body { background: url(%1$s/background.png) }</style>
                <meta http-equiv="refresh" content="0; url=%1$s/refresh">
                </head><body onload="fetch('%1$s/onload')">
                <script>document.write('<img src=%1$s/written.png>'); new Image().src = '%1$s/beacon';</script>
                <img src="%1$s/logo.png"><iframe src="%1$s/frame.html"></iframe>
                <object data="%1$s/object.pdf"></object><embed src="%1$s/embed.swf">
                <p>Northwind Health Plan: your request for Bimzelx is approved from 11/01/2026 to 10/31/2027.</p>
                <p>Member: Quilla Hostetter, Member ID HST4417209.</p>
                </body></html>
                """)
                .formatted(base)
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] faxImageOf(String text) throws IOException {
        return LetterRenderer.image(LetterRenderer.faxPage(text, "FROM: NORTHWIND  PAGE 1/1", 3), "png");
    }
}
