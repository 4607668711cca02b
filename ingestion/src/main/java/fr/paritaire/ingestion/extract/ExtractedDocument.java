package fr.paritaire.ingestion.extract;

import java.util.List;

/**
 * Raw text of one file as the parser gave it, one entry per page (a single entry when the format has no pages).
 *
 * @param paginated whether page numbers are meaningful (PDF) and may be cited
 * @param declaredTitle the title the file declares in its metadata (a PDF's document title), or null
 */
public record ExtractedDocument(String contentType, List<String> pages, boolean paginated, String declaredTitle) {

    public ExtractedDocument(String contentType, List<String> pages, boolean paginated) {
        this(contentType, pages, paginated, null);
    }

    public int totalChars() {
        return pages.stream().mapToInt(String::length).sum();
    }

    public boolean isBlank() {
        return pages.stream().allMatch(String::isBlank);
    }
}
