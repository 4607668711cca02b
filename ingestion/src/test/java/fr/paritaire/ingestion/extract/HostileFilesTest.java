package fr.paritaire.ingestion.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import fr.paritaire.ingestion.CorpusFixture;
import fr.paritaire.ingestion.TestPipeline;
import fr.paritaire.ingestion.extract.ExtractionFailed.Reason;
import fr.paritaire.ingestion.job.FileOutcome;
import fr.paritaire.ingestion.job.FileOutcome.Status;
import fr.paritaire.ingestion.job.IngestionListener;
import fr.paritaire.ingestion.job.IngestionReport;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken and hostile files: each is reported with a named reason, none stops the run, nothing stored is lost. */
class HostileFilesTest {

    @TempDir
    Path corpus;
    @TempDir
    Path data;

    @Test
    void everyHostileFileGetsANamedReasonAndTheRestIsIngested() throws Exception {
        Files.copy(CorpusFixture.corpus().resolve("secoia-deal-lancement-projet.txt"), corpus.resolve("secoia.txt"));
        encryptedPdf(corpus.resolve("chiffre.pdf"));
        byte[] pdf = textPdf("Accord sur le télétravail et la déconnexion.");
        Files.write(corpus.resolve("tronque.pdf"), java.util.Arrays.copyOf(pdf, pdf.length / 3));
        zipBombDocx(corpus.resolve("bombe.docx"));
        Files.createFile(corpus.resolve("vide.txt"));
        try (RandomAccessFile huge = new RandomAccessFile(corpus.resolve("enorme.txt").toFile(), "rw")) {
            huge.setLength(100L * 1024 * 1024);
        }
        byte[] noise = new byte[2048];
        new java.util.Random(7).nextBytes(noise);
        Files.write(corpus.resolve("programme.bin"), noise);
        Files.write(corpus.resolve("vrai-pdf.docx"), pdf);
        Files.createDirectories(corpus.resolve("boucle"));
        Files.createSymbolicLink(corpus.resolve("boucle").resolve("retour"), corpus);

        ExtractionProperties limits = new ExtractionProperties(org.springframework.util.unit.DataSize.ofMegabytes(50), 5_000_000,
                java.time.Duration.ofSeconds(60), 3, "fra+eng",
                org.springframework.util.unit.DataSize.ofMegabytes(100));
        try (TestPipeline pipeline = new TestPipeline(data, limits)) {
            IngestionReport report = pipeline.job.run(corpus, IngestionListener.NONE);
            Map<String, String> failed = report.files().stream().filter(f -> f.status() == Status.FAILED)
                    .collect(Collectors.toMap(FileOutcome::source, FileOutcome::reason));
            assertThat(failed.get("chiffre.pdf")).startsWith("encrypted");
            assertThat(failed.get("tronque.pdf")).startsWith("corrupt");
            assertThat(failed.get("bombe.docx")).startsWith("zip bomb");
            assertThat(failed.get("vide.txt")).startsWith("empty file");
            assertThat(failed.get("enorme.txt")).startsWith("too large");
            assertThat(failed.get("programme.bin")).startsWith("unsupported type");
            assertThat(failed).hasEntrySatisfying("boucle/retour", reason -> assertThat(reason).contains("symbolic link loop"));
            // A PDF under a Word name is read for what it is.
            assertThat(report.files()).filteredOn(f -> f.source().equals("vrai-pdf.docx")).singleElement()
                    .extracting(FileOutcome::status).isEqualTo(Status.INGESTED);
            assertThat(report.files()).filteredOn(f -> f.source().equals("secoia.txt")).singleElement()
                    .extracting(FileOutcome::status).isEqualTo(Status.INGESTED);
        }
    }

    @Test
    void anUnreadableFileIsReported() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads any file: permissions cannot be tested");
        Path secret = corpus.resolve("secret.txt");
        Files.writeString(secret, "Texte confidentiel.");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        try (TextExtractor extractor = new TextExtractor(ExtractionProperties.defaults())) {
            assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(ExtractionFailed.class, () -> extractor.extract(secret)).reason())
                    .isEqualTo(Reason.UNREADABLE);
        }
    }

    @Test
    void aScannedPdfIsReadByOcrOrReportedAsNeedingIt() throws Exception {
        Path scan = corpus.resolve("scan.pdf");
        imageOnlyPdf(scan, "Le comite social et economique est consulte");
        try (TextExtractor extractor = new TextExtractor(ExtractionProperties.defaults())) {
            if (extractor.ocrAvailable()) {
                String text = String.join(" ", extractor.extract(scan).pages()).toLowerCase();
                assertThat(text).contains("comite").contains("social").contains("consulte");
            } else {
                assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(ExtractionFailed.class, () -> extractor.extract(scan)).reason())
                        .isEqualTo(Reason.NEEDS_OCR);
            }
        }
        if ("true".equals(System.getenv("CI"))) {
            try (TextExtractor extractor = new TextExtractor(ExtractionProperties.defaults())) {
                assertThat(extractor.ocrAvailable()).as("CI installs tesseract-ocr and tesseract-ocr-fra").isTrue();
            }
        }
    }

    static byte[] textPdf(String text) throws IOException {
        try (PDDocument document = new PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text.replace('é', 'e'));
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    static void encryptedPdf(Path file) throws IOException {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(textPdf("Document protégé par mot de passe."))) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(file.toFile());
        }
    }

    static void zipBombDocx(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                    + "wordprocessingml.document.main+xml\"/></Types>").getBytes());
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                    + "Target=\"word/document.xml\"/></Relationships>").getBytes());
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body>").getBytes());
            byte[] blanks = new byte[1024 * 1024];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 300; i++) zip.write(blanks); // 300 MB that compress to a few hundred KB
            zip.closeEntry();
        }
    }

    static void imageOnlyPdf(Path file, String text) throws IOException {
        BufferedImage image = new BufferedImage(2000, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 56));
        g.drawString(text, 40, 170);
        g.dispose();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDImageXObject picture = LosslessFactory.createFromImage(document, image);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(picture, 20, 500, 570, 85);
            }
            document.save(file.toFile());
        }
    }
}
