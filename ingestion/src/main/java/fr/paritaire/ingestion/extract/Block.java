package fr.paritaire.ingestion.extract;

/**
 * A paragraph-level unit of normalised text.
 *
 * @param page 1-based page number, or {@code null} when the format has no pages
 * @param start offset of the block in the normalised document text
 */
public record Block(Kind kind, String text, Integer page, int start) {

    public enum Kind { HEADING, PARAGRAPH, TABLE_ROW }

    public int end() {
        return start + text.length();
    }
}
