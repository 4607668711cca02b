package fr.paritaire.ingestion.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.tika.parser.ocr.TesseractOCRConfig;

/** Tesseract, if installed with the wanted language data; checked once. */
final class Ocr {

    private final String language;
    private final boolean available;

    Ocr(String language) {
        this.language = language;
        this.available = detect(language);
    }

    boolean available() {
        return available;
    }

    TesseractOCRConfig config(boolean enabled) {
        TesseractOCRConfig config = new TesseractOCRConfig();
        config.setSkipOcr(!enabled || !available);
        if (enabled && available) config.setLanguage(language);
        return config;
    }

    private static boolean detect(String language) {
        try {
            Process process = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) return false;
            List<String> installed = Arrays.stream(output.split("\\R")).map(String::strip).toList();
            return Arrays.stream(language.split("\\+")).allMatch(installed::contains);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
