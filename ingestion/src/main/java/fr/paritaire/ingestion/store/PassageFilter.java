package fr.paritaire.ingestion.store;

import fr.paritaire.ingestion.Authority;
import fr.paritaire.ingestion.Passage;
import java.util.Set;

/**
 * Which passages a search may return: fictional examples or not, and, when not empty, only these authorities and only
 * these documents (by id). An empty set does not restrict.
 */
public record PassageFilter(boolean includeExamples, Set<Authority> authorities, Set<String> documentIds) {

    public PassageFilter {
        authorities = authorities == null ? Set.of() : Set.copyOf(authorities);
        documentIds = documentIds == null ? Set.of() : Set.copyOf(documentIds);
    }

    public static PassageFilter examples(boolean includeExamples) {
        return new PassageFilter(includeExamples, Set.of(), Set.of());
    }

    public boolean accepts(Passage p) {
        return (includeExamples || !p.example())
                && (authorities.isEmpty() || authorities.contains(p.authority()))
                && (documentIds.isEmpty() || documentIds.contains(p.documentId()));
    }

    /** The authorities as the stores write them ({@code law}, …). */
    public String[] authorityIds() {
        return authorities.stream().map(Authority::id).sorted().toArray(String[]::new);
    }
}
