package fr.paritaire.ingestion.extract;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits that keep one hostile file from stopping or exhausting an ingestion run.
 *
 * @param maxFileSize files above this size are skipped as too large
 * @param maxChars extraction stops and the file is skipped when it yields more characters than this
 * @param parseTimeout a parse taking longer than this is abandoned
 * @param boilerplateMinRepeats a line repeated this many times in one document is a running header/footer
 * @param ocrLanguage Tesseract language(s) for scanned PDFs, e.g. {@code fra+eng}
 * @param maxExpandedSize an archive-based file (DOCX, ODT…) expanding beyond this is refused as a zip bomb
 */
@ConfigurationProperties("paritaire.extraction")
public record ExtractionProperties(
        @DefaultValue("50MB") DataSize maxFileSize,
        @DefaultValue("5000000") int maxChars,
        @DefaultValue("60s") Duration parseTimeout,
        @DefaultValue("3") int boilerplateMinRepeats,
        @DefaultValue("fra+eng") String ocrLanguage,
        @DefaultValue("100MB") DataSize maxExpandedSize) {

    public static ExtractionProperties defaults() {
        return new ExtractionProperties(DataSize.ofMegabytes(50), 5_000_000, Duration.ofSeconds(60), 3, "fra+eng",
                DataSize.ofMegabytes(100));
    }
}
