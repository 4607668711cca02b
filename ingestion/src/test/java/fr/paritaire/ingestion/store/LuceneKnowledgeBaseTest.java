package fr.paritaire.ingestion.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.paritaire.ingestion.Passage;
import fr.paritaire.ingestion.SourceDocument;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded store keeps a document's previous version when storing its new one fails half-way, and tells which documents use a word. */
class LuceneKnowledgeBaseTest {

    private static final LexicalFieldBoosts BOOSTS = new LexicalFieldBoosts(0.5f, 20f);

    @TempDir
    Path data;

    @Test
    void aReplaceThatFailsHalfWayLeavesThePreviousVersionReadableAndCommitted() {
        try (LuceneKnowledgeBase kb = new LuceneKnowledgeBase(data, BOOSTS)) {
            kb.replace(document("v1"), passages("v1", 3, null), vectors(3));
            // Lucene refuses a term over 32 KB: the old version's delete is already buffered when the add fails.
            String immense = "L" + "1".repeat(40_000);
            assertThatThrownBy(() -> kb.replace(document("v2"), passages("v2", 2, immense), vectors(2)))
                    .isInstanceOf(RuntimeException.class);
            assertThat(kb.passagesOf("doc")).extracting(Passage::text).containsExactly("v1 passage 0", "v1 passage 1", "v1 passage 2");
            // The store still works, and the buffered delete is not committed with the next change.
            kb.replace(other(), List.of(new Passage("other#0", "other", "Autre", "other.txt", null, null, null, 0, 0, 9,
                    "autre texte", false)), vectors(1));
        }
        try (LuceneKnowledgeBase reopened = new LuceneKnowledgeBase(data, BOOSTS)) {
            assertThat(reopened.passagesOf("doc")).hasSize(3);
            assertThat(reopened.documents().get("doc.txt").contentHash()).isEqualTo("v1");
            assertThat(reopened.passagesOf("other")).hasSize(1);
        }
    }

    @Test
    void tellsWhichDocumentsUseAWord(@TempDir Path corpus) throws Exception {
        try (fr.paritaire.ingestion.TestPipeline pipeline = new fr.paritaire.ingestion.TestPipeline(data)) {
            DocumentsUsingContract.holds(pipeline, corpus);
        }
    }

    private static SourceDocument document(String version) {
        return new SourceDocument("doc", "doc.txt", version, "p", "Titre", "text/plain", "fr", Instant.now(), List.of());
    }

    private static SourceDocument other() {
        return new SourceDocument("other", "other.txt", "o", "p", "Autre", "text/plain", "fr", Instant.now(), List.of());
    }

    private static List<Passage> passages(String version, int n, String article) {
        return IntStream.range(0, n).mapToObj(i -> new Passage("doc#" + i, "doc", "Titre", "doc.txt", null,
                i == n - 1 ? article : null, null, i, i * 10, i * 10 + 9, version + " passage " + i, false)).toList();
    }

    private static List<float[]> vectors(int n) {
        return Collections.nCopies(n, new float[] {1f, 0f, 0f});
    }
}
