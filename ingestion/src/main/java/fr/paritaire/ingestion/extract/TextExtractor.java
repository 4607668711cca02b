package fr.paritaire.ingestion.extract;

import fr.paritaire.ingestion.extract.ExtractionFailed.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;

/** Parses any supported file with Tika's auto-detection, within the configured size, length and time limits. */
public final class TextExtractor implements AutoCloseable {

    private final ExtractionProperties limits;
    // Built on first use: loading every Tika parser takes a while, and a restart with nothing new to ingest needs none.
    private volatile AutoDetectParser parser;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private volatile Ocr ocr;

    public TextExtractor(ExtractionProperties limits) {
        this.limits = limits;
    }

    private AutoDetectParser parser() {
        if (parser == null) {
            synchronized (this) {
                if (parser == null) parser = new AutoDetectParser();
            }
        }
        return parser;
    }

    private Ocr ocr() {
        if (ocr == null) {
            synchronized (this) {
                if (ocr == null) ocr = new Ocr(limits.ocrLanguage());
            }
        }
        return ocr;
    }

    /** Whether scanned PDFs can be read here (Tesseract with the configured language data is installed). */
    public boolean ocrAvailable() {
        return ocr().available();
    }

    public ExtractedDocument extract(Path file) throws ExtractionFailed {
        checkFile(file);
        try {
            return extract(file, false);
        } catch (ExtractionFailed e) {
            // A PDF without a text layer is a scan: read it again through OCR when Tesseract is installed.
            if (e.reason() == Reason.NEEDS_OCR && ocr().available()) return extract(file, true);
            throw e;
        }
    }

    private ExtractedDocument extract(Path file, boolean withOcr) throws ExtractionFailed {
        Future<ExtractedDocument> parse = executor.submit(() -> parse(file, withOcr));
        try {
            return parse.get(limits.parseTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            parse.cancel(true);
            throw new ExtractionFailed(Reason.TIMEOUT, "parsing took longer than " + limits.parseTimeout().toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractionFailed(Reason.TIMEOUT, "interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ExtractionFailed failed) throw failed;
            throw classify(e.getCause());
        }
    }

    private void checkFile(Path file) throws ExtractionFailed {
        if (!Files.isRegularFile(file)) {
            throw new ExtractionFailed(Reason.NOT_A_REGULAR_FILE, "not a regular file");
        }
        if (!Files.isReadable(file)) {
            throw new ExtractionFailed(Reason.UNREADABLE, "permission denied");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ExtractionFailed(Reason.UNREADABLE, e.getMessage(), e);
        }
        if (size == 0) {
            throw new ExtractionFailed(Reason.EMPTY_FILE, "the file is empty (0 bytes)");
        }
        if (size > limits.maxFileSize().toBytes()) {
            throw new ExtractionFailed(Reason.TOO_LARGE, size / (1024 * 1024) + " MB exceeds the limit of "
                    + limits.maxFileSize().toMegabytes() + " MB (paritaire.extraction.max-file-size)");
        }
        checkArchive(file, size);
    }

    /**
     * Office documents are zip archives: one whose content expands far beyond its size is refused before any parser
     * inflates it (a zip bomb would otherwise fill memory or stall the run).
     */
    private void checkArchive(Path file, long size) throws ExtractionFailed {
        byte[] magic = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(magic, 0, 4) < 4 || magic[0] != 'P' || magic[1] != 'K' || magic[2] != 3 || magic[3] != 4) return;
        } catch (IOException e) {
            throw new ExtractionFailed(Reason.UNREADABLE, e.getMessage(), e);
        }
        long expanded = 0;
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(Files.newInputStream(file))) {
            byte[] buffer = new byte[64 * 1024];
            while (zip.getNextEntry() != null) {
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    expanded += n;
                    if (expanded > limits.maxExpandedSize().toBytes()) {
                        throw new ExtractionFailed(Reason.ZIP_BOMB, "the archive expands beyond "
                                + limits.maxExpandedSize().toMegabytes() + " MB from " + Math.max(1, size / 1024)
                                + " KB (paritaire.extraction.max-expanded-size)");
                    }
                }
            }
        } catch (IOException e) {
            // not a readable zip after all: the parser will say what it is
        }
    }

    private ExtractedDocument parse(Path file, boolean withOcr) throws Exception {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        PageCollectingHandler handler = new PageCollectingHandler(limits.maxChars());
        ParseContext context = new ParseContext();
        AutoDetectParser parser = parser();
        context.set(Parser.class, parser);
        // Keep <nav>, <header>, <footer> visible to the handler, which drops them (site boilerplate).
        context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
        // OCR only on request: embedded pictures (logos, thumbnails) must not turn into garbage text.
        context.set(TesseractOCRConfig.class, ocr().config(withOcr));
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setExtractBookmarksText(false);
        pdf.setOcrStrategy(withOcr ? PDFParserConfig.OCR_STRATEGY.OCR_ONLY : PDFParserConfig.OCR_STRATEGY.NO_OCR);
        context.set(PDFParserConfig.class, pdf);
        try (InputStream in = TikaInputStream.get(file, metadata)) {
            parser.parse(in, handler, metadata, context);
        }
        String type = metadata.get(org.apache.tika.metadata.HttpHeaders.CONTENT_TYPE);
        if (handler.limitReached()) {
            throw new ExtractionFailed(Reason.TOO_MUCH_TEXT, "more than " + limits.maxChars()
                    + " characters of text (paritaire.extraction.max-chars)");
        }
        ExtractedDocument document = new ExtractedDocument(type, handler.pages(), handler.paginated(),
                metadata.get(TikaCoreProperties.TITLE));
        if (document.isBlank()) {
            if (withOcr) throw new ExtractionFailed(Reason.NEEDS_OCR, "OCR found no readable text in this scan");
            throw noText(type);
        }
        return document;
    }

    private static ExtractionFailed noText(String type) {
        if (type != null && type.startsWith("application/pdf")) {
            return new ExtractionFailed(Reason.NEEDS_OCR, "the PDF has no text layer (a scan?); install tesseract-ocr and tesseract-ocr-fra to read it");
        }
        if (type == null || type.startsWith("application/octet-stream")) {
            return new ExtractionFailed(Reason.UNSUPPORTED_TYPE, "unrecognised content (" + type + ")");
        }
        if (type.startsWith("image/")) {
            return new ExtractionFailed(Reason.NEEDS_OCR, "an image (" + type + ") with no readable text");
        }
        return new ExtractionFailed(Reason.UNSUPPORTED_TYPE, "no text could be extracted from " + type);
    }

    private static ExtractionFailed classify(Throwable error) {
        String detail = rootMessage(error);
        if (error instanceof EncryptedDocumentException || detail.toLowerCase().contains("password")) {
            return new ExtractionFailed(Reason.ENCRYPTED, "the file is password-protected or encrypted", error);
        }
        if (detail.toLowerCase().contains("zip bomb") || detail.toLowerCase().contains("inflate ratio")) {
            return new ExtractionFailed(Reason.ZIP_BOMB, "the archive expands far beyond its size (zip bomb): " + detail, error);
        }
        if (error instanceof ZeroByteFileException) {
            return new ExtractionFailed(Reason.EMPTY_FILE, "the file is empty", error);
        }
        if (error instanceof UnsupportedFormatException) {
            return new ExtractionFailed(Reason.UNSUPPORTED_TYPE, detail, error);
        }
        if (WriteLimitReachedException.isWriteLimitReached(error)) {
            return new ExtractionFailed(Reason.TOO_MUCH_TEXT, detail, error);
        }
        return new ExtractionFailed(Reason.CORRUPT, detail, error);
    }

    private static String rootMessage(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
