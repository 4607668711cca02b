package fr.paritaire.ingestion.search;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paritaire.ingestion.CorpusFixture;
import fr.paritaire.ingestion.Passage;
import fr.paritaire.ingestion.TestPipeline;
import fr.paritaire.ingestion.evaluation.EvalItem;
import fr.paritaire.ingestion.evaluation.RetrievalMetrics;
import fr.paritaire.ingestion.job.IngestionListener;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quality floors on the dev set, over the real corpus, model and store. Figures themselves go to docs/benchmarks.md. */
class RetrievalQualityTest {

    @TempDir
    static Path data;
    static TestPipeline pipeline;
    static List<EvalItem> dev;

    @BeforeAll
    static void ingestCorpus() {
        pipeline = new TestPipeline(data);
        pipeline.job.run(CorpusFixture.corpus(), IngestionListener.NONE);
        dev = EvalItem.load(CorpusFixture.devSet());
    }

    @AfterAll
    static void close() {
        pipeline.close();
    }

    @Test
    void hybridRetrievalMeetsTheDevSetFloors() {
        RetrievalMetrics hybrid = RetrievalMetrics.measure(dev, q -> texts(SearchMode.HYBRID, q));
        assertThat(hybrid.recallAt5()).as("hybrid Recall@5, misses %s", hybrid.misses()).isGreaterThanOrEqualTo(0.80);
        assertThat(hybrid.mrrAt10()).as("hybrid MRR@10").isGreaterThanOrEqualTo(0.50);
    }

    @Test
    void hybridIsAtLeastAsGoodAsEachSideAlone() {
        RetrievalMetrics hybrid = RetrievalMetrics.measure(dev, q -> texts(SearchMode.HYBRID, q));
        RetrievalMetrics vector = RetrievalMetrics.measure(dev, q -> texts(SearchMode.VECTOR, q));
        assertThat(hybrid.recallAt10()).isGreaterThanOrEqualTo(vector.recallAt10());
        assertThat(hybrid.recallAt5()).isGreaterThan(vector.recallAt5());
    }

    @Test
    void aQuestionNamingAnArticleGetsThatArticleFirst() {
        for (String q : List.of("Que dit l'article L. 2312-38 ?", "article L2312-38", "Que prévoit L.2312-38 du code du travail ?")) {
            SearchHit first = pipeline.search.search(q, 5).getFirst();
            assertThat(first.passage().article()).as(q).isEqualTo("L2312-38");
        }
    }

    @Test
    void theConsultationArticleAnswersTheWorksCouncilQuestion() {
        List<SearchHit> hits = pipeline.search.search("Le CSE doit-il être consulté avant l'introduction d'un outil d'IA ?", 5);
        assertThat(hits).extracting(h -> h.passage().article()).contains("L2312-8");
    }

    @Test
    void aTableRowIsFoundByWhatItsCellsSay() {
        List<SearchHit> hits = pipeline.search.search("Quel accord sur l'IA en Italie ?", 3);
        assertThat(hits).anySatisfy(h -> assertThat(h.passage().text())
                .startsWith("Pays / Région").contains("Italie").contains("Contratto Collettivo Nazionale"));
    }

    @Test
    void englishQuestionsFindFrenchPassages() {
        List<SearchHit> hits = pipeline.search.search("Who is behind the DIALIA project and who co-funds it?", 5);
        assertThat(hits.getFirst().passage().source()).startsWith("dialia");
    }

    private static List<String> texts(SearchMode mode, String question) {
        return pipeline.search.search(question, 10, mode).stream().map(SearchHit::passage).map(Passage::text).toList();
    }
}
