package fr.paritaire.assistant.ask;

import fr.paritaire.assistant.answer.InvalidQuestion;
import fr.paritaire.ingestion.Authority;
import fr.paritaire.ingestion.search.SearchFilter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The filters a client may put on {@code /api/search} and {@code /api/ask}, as JSON:
 * {@code {"authorities": ["law", "agreement"], "documents": ["<documentId or source>"], "from": "2025-01-01",
 * "to": "2026-12-31"}}. Every part is optional; dates bound the documents' own dates (inclusive).
 */
public record Filters(List<String> authorities, List<String> documents, String from, String to) {

    public static final Filters NONE = new Filters(null, null, null, null);

    /** The search-side filter; a value that means nothing is an {@link InvalidQuestion}, never ignored. */
    public SearchFilter toSearchFilter() {
        Set<Authority> parsed = new LinkedHashSet<>();
        try {
            if (authorities != null) authorities.forEach(a -> parsed.add(Authority.parse(a)));
            return new SearchFilter(parsed, documents == null ? Set.of() : Set.copyOf(documents), date(from), date(to));
        } catch (IllegalArgumentException e) {
            throw new InvalidQuestion(e.getMessage());
        }
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidQuestion("dates are written YYYY-MM-DD (got '" + value + "')");
        }
    }
}
