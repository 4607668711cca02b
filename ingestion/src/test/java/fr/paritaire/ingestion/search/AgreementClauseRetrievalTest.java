package fr.paritaire.ingestion.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.paritaire.ingestion.CorpusFixture;
import fr.paritaire.ingestion.TestPipeline;
import fr.paritaire.ingestion.job.IngestionListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Questions in users' own words about the sample agreements' clauses (src/test/resources/eval/accords.jsonl) find the
 * right clause in the top 3 — when examples are searched; by default fictional examples stay out of answers.
 */
class AgreementClauseRetrievalTest {

    @TempDir
    static Path data;
    static TestPipeline pipeline;

    @BeforeAll
    static void ingest() {
        pipeline = new TestPipeline(data);
        pipeline.job.run(CorpusFixture.corpus(), IngestionListener.NONE);
    }

    @AfterAll
    static void close() {
        pipeline.close();
    }

    @Test
    void eachClauseQuestionFindsItsClauseInTheTop3() throws Exception {
        List<String> misses = new ArrayList<>();
        int total = 0;
        for (JsonNode item : items()) {
            total++;
            List<SearchHit> top3 = pipeline.search.search(pipeline.search.analyze(item.path("question").asText()), 3, SearchMode.HYBRID, true);
            boolean found = top3.stream().anyMatch(h -> h.passage().source().equals(item.path("source").asText())
                    && item.path("article").asText().equals(h.passage().article()));
            if (!found) misses.add(item.path("id").asText());
        }
        assertThat(total).isGreaterThanOrEqualTo(10);
        assertThat(misses).as("clause questions whose clause is not in the top 3").isEmpty();
    }

    @Test
    void fictionalExamplesStayOutOfSearchUnlessAskedFor() throws Exception {
        for (JsonNode item : items()) {
            String question = item.path("question").asText();
            if (pipeline.queryAnalyzer.asksForExamples(question)) continue;
            assertThat(pipeline.search.search(question, 10)).allSatisfy(h -> assertThat(h.passage().example()).isFalse());
        }
        assertThat(pipeline.search.search("un exemple de clause sur le droit à la déconnexion", 3))
                .anySatisfy(h -> assertThat(h.passage().example()).isTrue());
    }

    static List<JsonNode> items() throws Exception {
        Path file = Path.of(AgreementClauseRetrievalTest.class.getResource("/eval/accords.jsonl").toURI());
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> items = new ArrayList<>();
        for (String line : Files.readAllLines(file)) if (!line.isBlank()) items.add(json.readTree(line));
        return items;
    }
}
