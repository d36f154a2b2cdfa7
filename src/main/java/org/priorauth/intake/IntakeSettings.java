package org.priorauth.intake;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every tunable of the application, bound from {@code intake.*} (CONTRACT.md lists the public ones).
 * Defaults are the embedded demo: folders under {@code sample-inbox/}, data under {@code data/}.
 */
@ConfigurationProperties("intake")
public record IntakeSettings(
        @DefaultValue("data") Path dataDir,
        @DefaultValue("routes/rules") Path rulesDir,
        @DefaultValue("ocr-models") Path ocrModelsDir,
        @DefaultValue Folder fax,
        @DefaultValue Folder portal,
        @DefaultValue Email email,
        @DefaultValue Demo demo,
        @DefaultValue Ocr ocr,
        @DefaultValue BootstrapAdmin bootstrapAdmin) {

    public static final Path DEFAULT_FAX_DIR = Path.of("sample-inbox/fax");
    public static final Path DEFAULT_PORTAL_DIR = Path.of("sample-inbox/portal");
    public static final Path DEFAULT_EMAIL_DROP_DIR = Path.of("sample-inbox/email");

    public record Folder(Path dir) {}

    public record Email(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("imaps") String protocol,
            @DefaultValue("localhost") String host,
            @DefaultValue("993") int port,
            String username,
            String password,
            @DefaultValue("INBOX") String folder,
            Path dropDir) {}

    /** {@code enabled} unset means: on only while every watched folder is a sample-inbox default. */
    public record Demo(Boolean enabled, @DefaultValue("sample-inbox") Path dir) {}

    public record Ocr(
            @DefaultValue("2") int threads,
            @DefaultValue("/usr/share/tesseract-ocr/5/tessdata") Path tessdata,
            @DefaultValue("eng") String language,
            @DefaultValue("300") int pdfRenderDpi,
            @DefaultValue("25") int minTextLayerChars) {}

    public record BootstrapAdmin(@DefaultValue("admin") String username, @DefaultValue("admin") String password) {}

    public Path faxDir() {
        return fax.dir() != null ? fax.dir() : DEFAULT_FAX_DIR;
    }

    public Path portalDir() {
        return portal.dir() != null ? portal.dir() : DEFAULT_PORTAL_DIR;
    }

    public Path emailDropDir() {
        return email.dropDir() != null ? email.dropDir() : DEFAULT_EMAIL_DROP_DIR;
    }

    public boolean demoEnabled() {
        if (demo.enabled() != null) {
            return demo.enabled();
        }
        return faxDir().equals(DEFAULT_FAX_DIR)
                && portalDir().equals(DEFAULT_PORTAL_DIR)
                && emailDropDir().equals(DEFAULT_EMAIL_DROP_DIR);
    }
}
