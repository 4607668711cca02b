package fr.paritaire.ingestion.authority;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paritaire.ingestion.Authority;
import fr.paritaire.ingestion.CorpusFixture;
import fr.paritaire.ingestion.Passage;
import fr.paritaire.ingestion.TestPipeline;
import fr.paritaire.ingestion.job.FileOutcome;
import fr.paritaire.ingestion.job.FileOutcome.Status;
import fr.paritaire.ingestion.job.IngestionListener;
import fr.paritaire.ingestion.job.IngestionReport;
import fr.paritaire.ingestion.search.Retriever;
import fr.paritaire.ingestion.search.SearchFilter;
import fr.paritaire.ingestion.search.SearchHit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What both stores must do with authorities, run against each: sidecars read and never ingested as documents, law
 * detected inside a guide, authority and metadata kept across a restart of the reader, filters on authority, document
 * and date applied in the store, a changed sidecar re-ingesting its document, a bad one failing with its reason.
 */
public final class AuthorityStoreContract {

    static final String SECOIA = "secoia-deal-lancement-projet.txt";
    static final String DIALIA = "dialia-dialogue-social-bons-usages-ia.txt";
    static final String GUIDE = "guide-consultation.txt";

    private AuthorityStoreContract() {
    }

    public static void prepare(Path corpus) throws Exception {
        for (String f : List.of(SECOIA, DIALIA)) {
            Files.copy(CorpusFixture.corpus().resolve(f), corpus.resolve(f));
            Files.copy(CorpusFixture.corpus().resolve(f + DocumentClassifier.SIDECAR_SUFFIX), corpus.resolve(f + DocumentClassifier.SIDECAR_SUFFIX));
        }
        Files.writeString(corpus.resolve(GUIDE), """
                Guide de la consultation

                Associez vos représentants du personnel avant de choisir un outil de recrutement automatisé.

                Article L2312-38
                du code du travail

                Le comité social et économique est informé, préalablement à leur utilisation, sur les méthodes ou techniques d'aide au recrutement des candidats à un emploi.
                """);
        Files.writeString(corpus.resolve(GUIDE + DocumentClassifier.SIDECAR_SUFFIX), "authority=guidance\ndate=2024-05-01\n");
    }

    public static void check(TestPipeline pipeline, Path corpus) throws Exception {
        IngestionReport first = pipeline.job.run(corpus, IngestionListener.NONE);
        assertThat(first.files()).extracting(FileOutcome::source).containsExactlyInAnyOrder(SECOIA, DIALIA, GUIDE);
        assertThat(first.count(Status.INGESTED)).isEqualTo(3);

        String guideId = pipeline.knowledgeBase.documents().get(GUIDE).id();
        List<Passage> guide = pipeline.knowledgeBase.passagesOf(guideId);
        assertThat(guide).filteredOn(p -> "L2312-38".equals(p.article())).singleElement()
                .extracting(Passage::authority).isEqualTo(Authority.LAW);
        assertThat(guide).filteredOn(p -> p.article() == null).isNotEmpty()
                .allSatisfy(p -> assertThat(p.authority()).isEqualTo(Authority.GUIDANCE));
        var dialia = pipeline.knowledgeBase.documents().get(DIALIA).metadata();
        assertThat(dialia.authority()).isEqualTo(Authority.POSITION);
        assertThat(dialia.origin()).isEqualTo("sidecar");
        assertThat(pipeline.knowledgeBase.documents().get(GUIDE).metadata().date()).isEqualTo(LocalDate.of(2024, 5, 1));

        Retriever retriever = new Retriever(pipeline.search);
        String question = "Le comité social et économique doit-il être informé des outils de recrutement et du dialogue social ?";
        assertThat(hits(retriever, question, new SearchFilter(Set.of(Authority.LAW), Set.of(), null, null)))
                .isNotEmpty().allSatisfy(h -> assertThat(h.passage().authority()).isEqualTo(Authority.LAW));
        String dialiaId = pipeline.knowledgeBase.documents().get(DIALIA).id();
        assertThat(hits(retriever, question, new SearchFilter(Set.of(), Set.of(dialiaId), null, null)))
                .isNotEmpty().allSatisfy(h -> assertThat(h.passage().documentId()).isEqualTo(dialiaId));
        assertThat(hits(retriever, question, new SearchFilter(Set.of(), Set.of(), LocalDate.of(2024, 1, 1), null)))
                .isNotEmpty().allSatisfy(h -> assertThat(h.passage().documentId()).isEqualTo(guideId));
        assertThat(hits(retriever, question, new SearchFilter(Set.of(Authority.STUDY), Set.of(), null, null))).isEmpty();

        // Retyping a document in its sidecar re-ingests that document only.
        Files.writeString(corpus.resolve(DIALIA + DocumentClassifier.SIDECAR_SUFFIX), "authority=study\n");
        IngestionReport second = pipeline.job.run(corpus, IngestionListener.NONE);
        assertThat(second.count(Status.INGESTED)).isEqualTo(1);
        assertThat(second.count(Status.UNCHANGED)).isEqualTo(2);
        assertThat(pipeline.knowledgeBase.passagesOf(dialiaId)).allSatisfy(p -> assertThat(p.authority()).isEqualTo(Authority.STUDY));

        // A sidecar that says something impossible fails its document, with the reason; what was stored stays.
        Files.writeString(corpus.resolve(SECOIA + DocumentClassifier.SIDECAR_SUFFIX), "authority=binding\n");
        IngestionReport third = pipeline.job.run(corpus, IngestionListener.NONE);
        assertThat(third.files()).filteredOn(f -> f.source().equals(SECOIA)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.FAILED);
            assertThat(f.reason()).contains("binding").contains("law, agreement");
        });
        assertThat(pipeline.knowledgeBase.documents()).containsKey(SECOIA);
    }

    private static List<SearchHit> hits(Retriever retriever, String question, SearchFilter filter) {
        return retriever.retrieve(question, Retriever.Request.ranked(10, null).filtered(filter)).hits();
    }
}
