package fr.paritaire.ingestion;

/**
 * One retrievable unit of a document: a section, a legal article, a clause, or a packed run of paragraphs.
 * {@code text} is faithful to the source (only whitespace and emphasis markers normalised), so quotes taken from it
 * are verbatim. {@code example} marks passages of fictional example documents: they are searched only when examples
 * are asked for. {@code authority} says whether the passage binds (set per document, an article of a code is law
 * wherever it is quoted); {@code level} is an agreement's, null otherwise.
 */
public record Passage(
        String id,
        String documentId,
        String title,
        String source,
        String section,
        String article,
        Integer page,
        int ordinal,
        int startOffset,
        int endOffset,
        String text,
        boolean example,
        Authority authority,
        AgreementLevel level) {

    public Passage {
        if (authority == null) authority = example ? Authority.EXAMPLE : Authority.OTHER;
        example = example || authority == Authority.EXAMPLE;
    }

    /** A passage not yet classified: {@code other}, or {@code example} for a fictional document. */
    public Passage(String id, String documentId, String title, String source, String section, String article, Integer page,
                   int ordinal, int startOffset, int endOffset, String text, boolean example) {
        this(id, documentId, title, source, section, article, page, ordinal, startOffset, endOffset, text, example, null, null);
    }

    /** The same passage with its authority (and agreement level) set. */
    public Passage classified(Authority authority, AgreementLevel level) {
        return new Passage(id, documentId, title, source, section, article, page, ordinal, startOffset, endOffset, text,
                authority == Authority.EXAMPLE, authority, level);
    }

    /** The text that is indexed and embedded: the passage's text with its document context in front. */
    public String contextualText() {
        StringBuilder sb = new StringBuilder(headingText());
        return sb.append("\n").append(SearchText.of(text)).toString();
    }

    /**
     * What the passage is about beyond its own words: document title, file name (users name documents by it:
     * "le guide LaborIA"), section and article.
     */
    public String headingText() {
        StringBuilder sb = new StringBuilder(title);
        sb.append(" (").append(sourceName()).append(')');
        if (section != null) sb.append(" — ").append(section);
        if (article != null) sb.append(" — Article ").append(article);
        return sb.toString();
    }

    /** What the passage itself says, with its section heading and article: the evidence a quote can draw on. */
    public String evidenceText() {
        return sectionAndArticle() + SearchText.of(text);
    }

    /** Its section heading and article, one line each ("" when it has neither). */
    public String sectionAndArticle() {
        StringBuilder sb = new StringBuilder();
        if (section != null) sb.append(section).append('\n');
        if (article != null) sb.append("Article ").append(article).append('\n');
        return sb.toString();
    }

    /** Whether the passage is an article of a code (the labour code's "L2312-8"), not an agreement's clause. */
    public boolean isLegalArticle() {
        return article != null && article.matches("[LRD]\\d.*");
    }

    /** The file name without folders and extension, words separated by spaces. */
    public String sourceName() {
        String name = source.substring(source.lastIndexOf('/') + 1).replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
        return name.replaceAll("[-_.]+", " ");
    }
}
