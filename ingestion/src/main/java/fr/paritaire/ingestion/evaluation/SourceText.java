package fr.paritaire.ingestion.evaluation;

import fr.paritaire.ingestion.extract.ExtractionFailed;
import fr.paritaire.ingestion.extract.TextExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text a quote must be found in: the file itself for plain-text formats, what Tika reads from it otherwise
 * (a quote from a PDF cannot be looked up in its bytes).
 */
public final class SourceText {

    private SourceText() {
    }

    public static String of(Path file, TextExtractor extractor) throws IOException, ExtractionFailed {
        if (file.getFileName().toString().matches(".*\\.(txt|md|html?)$")) return Files.readString(file);
        return String.join("\n", extractor.extract(file).pages());
    }
}
