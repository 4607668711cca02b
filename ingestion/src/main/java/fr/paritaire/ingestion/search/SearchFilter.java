package fr.paritaire.ingestion.search;

import fr.paritaire.ingestion.Authority;
import fr.paritaire.ingestion.SourceDocument;
import fr.paritaire.ingestion.store.PassageFilter;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a caller restricts a search to: authorities ({@code law}, {@code guidance}…), documents (by id or source path)
 * and a date range of the documents (bounds inclusive, either open; documents without a date are left out when a
 * bound is given). Empty sets and null bounds do not restrict.
 */
public record SearchFilter(Set<Authority> authorities, Set<String> documents, LocalDate from, LocalDate to) {

    public static final SearchFilter NONE = new SearchFilter(Set.of(), Set.of(), null, null);

    public SearchFilter {
        authorities = authorities == null ? Set.of() : Set.copyOf(authorities);
        documents = documents == null ? Set.of() : Set.copyOf(documents);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("date range is empty: from " + from + " is after to " + to);
        }
    }

    public boolean restricts() {
        return !authorities.isEmpty() || !documents.isEmpty() || from != null || to != null;
    }

    /**
     * The store-level filter. A filter on documents or dates that matches no document yields a filter no passage
     * passes (never an unrestricted one).
     */
    PassageFilter toPassageFilter(boolean examples, Collection<SourceDocument> stored) {
        if (documents.isEmpty() && from == null && to == null) return new PassageFilter(examples, authorities, Set.of());
        Set<String> ids = stored.stream()
                .filter(d -> documents.isEmpty() || documents.contains(d.id()) || documents.contains(d.source()))
                .filter(d -> (from == null && to == null) || d.metadata().datedWithin(from, to))
                .map(SourceDocument::id).collect(Collectors.toSet());
        return new PassageFilter(examples, authorities, ids.isEmpty() ? Set.of("\u0000none") : ids);
    }
}
