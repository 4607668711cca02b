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
        dev = EvalItem.load(CorpusFixture.evalSet("dev"));
    }

    @AfterAll
    static void close() {
        pipeline.close();
    }

    @Test
    void hybridRetrievalMeetsTheDevSetFloors() {
        RetrievalMetrics hybrid = RetrievalMetrics.measure(dev, q -> texts(SearchMode.HYBRID, q));
        assertThat(hybrid.recallAt5()).as("hybrid Recall@5, misses %s", hybrid.misses()).isGreaterThanOrEqualTo(0.90);
        assertThat(hybrid.mrrAt10()).as("hybrid MRR@10").isGreaterThanOrEqualTo(0.75);
    }

    @Test
    void heldOutQuestionsKeepTheirFloors() {
        // Never used to choose a setting: a guard against changes that only help the dev set.
        RetrievalMetrics heldOut = RetrievalMetrics.measure(EvalItem.load(CorpusFixture.evalSet("holdout")), q -> texts(SearchMode.HYBRID, q));
        assertThat(heldOut.recallAt5()).as("held-out Recall@5, misses %s", heldOut.misses()).isGreaterThanOrEqualTo(0.75);
        assertThat(heldOut.mrrAt10()).as("held-out MRR@10").isGreaterThanOrEqualTo(0.60);
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

    @Test
    void aDocumentIsNamedByAProperNounOfItsNameThatTheOthersDoNotUse() {
        assertThat(pipeline.search.analyze("Que recommande le LaborIA aux dirigeants ?").namedDocuments())
                .singleElement().asString().startsWith("laboria");
        assertThat(pipeline.search.analyze("D'après l'étude iMET, que veulent les syndicats ?").namedDocuments())
                .singleElement().asString().startsWith("imet");
        assertThat(pipeline.search.analyze("Que demande la CGT pour les salariés ?").namedDocuments())
                .singleElement().asString().startsWith("cgt");
        // A federation of the CGT is not the CGT's own contribution; "projet" is in a title but every document uses it;
        // a word that is not written as a proper noun names nothing.
        assertThat(pipeline.search.analyze("Que demande la FTM-CGT sur la surveillance ?").namedDocuments()).isEmpty();
        assertThat(pipeline.search.analyze("Quels acteurs embarquer dans le Projet ?").namedDocuments()).isEmpty();
        assertThat(pipeline.search.analyze("que recommande le laboria ?").namedDocuments()).isEmpty();
        assertThat(pipeline.search.analyze("Comment se passe la négociation collective sur l'IA ?").namedDocuments()).isEmpty();
    }

    @Test
    void aProperNameOfATitleNamesItsDocumentWrittenInLowerCaseAsChatDoes() {
        assertThat(pipeline.search.analyze("chez berthelot la géoloc est coupée pendant les pauses ?").namedDocuments())
                .singleElement().asString().contains("berthelot");
        assertThat(pipeline.search.analyze("les conseillers de solvéa ont droit à combien d'heures de formation ?").namedDocuments())
                .singleElement().asString().contains("solvea");
        // A common word of a title ("Berthelot Logistique") is one in lower case: it names nothing.
        assertThat(pipeline.search.analyze("Que change l'IA dans la logistique ?").namedDocuments()).isEmpty();
    }

    @Test
    void aNamedDocumentsPassagesComeFirstAndItsNameDoesNotPickThePassage() {
        List<SearchHit> hits = pipeline.search.search("Selon le LaborIA, qui faut-il associer au projet d'IA ?", 5);
        assertThat(hits.subList(0, 2)).allSatisfy(h -> assertThat(h.passage().source()).startsWith("laboria"));
        // The passages that merely present the LaborIA programme do not answer: the first hit is about who takes part.
        assertThat(hits.getFirst().passage().text()).doesNotContain("programme de recherche-action");
    }

    @Test
    void theRerankerPrefersThePassageWhoseSentencesUseTheQuestionsWordsTogether() {
        String question = "Quels indicateurs les logiciels utilisent-ils pour classer les employés ?";
        List<SearchHit> hits = pipeline.search.search(question, 3);
        assertThat(hits.getFirst().passage().text()).contains("classer les employés en fonction d'indicateurs");
    }

    private static List<String> texts(SearchMode mode, String question) {
        return pipeline.search.search(question, 10, mode).stream().map(SearchHit::passage).map(Passage::text).toList();
    }
}
