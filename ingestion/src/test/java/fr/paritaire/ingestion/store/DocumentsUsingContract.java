package fr.paritaire.ingestion.store;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paritaire.ingestion.CorpusFixture;
import fr.paritaire.ingestion.TestPipeline;
import fr.paritaire.ingestion.job.IngestionListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** What both stores must say of which documents use a word: the one project that names SeCoIA, and no more than asked. */
final class DocumentsUsingContract {

    private DocumentsUsingContract() {
    }

    static void holds(TestPipeline pipeline, Path corpus) throws IOException {
        for (String f : List.of("secoia-deal-lancement-projet.txt", "dialia-dialogue-social-bons-usages-ia.txt")) {
            if (!Files.exists(corpus.resolve(f))) Files.copy(CorpusFixture.corpus().resolve(f), corpus.resolve(f));
        }
        pipeline.job.run(corpus, IngestionListener.NONE);
        KnowledgeBase kb = pipeline.knowledgeBase;
        Set<String> secoia = kb.documentsUsing(term(pipeline, "SeCoIA"), 5);
        assertThat(secoia).containsExactly(kb.documents().get("secoia-deal-lancement-projet.txt").id());
        assertThat(kb.documentsUsing(term(pipeline, "dialogue"), 5)).hasSize(2);
        assertThat(kb.documentsUsing(term(pipeline, "dialogue"), 1)).hasSize(1);
        assertThat(kb.documentsUsing(term(pipeline, "pneumatique"), 5)).isEmpty();
    }

    private static String term(TestPipeline pipeline, String word) {
        return pipeline.queryAnalyzer.analyzer().terms(word).getFirst();
    }
}
