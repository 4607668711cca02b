package fr.paritaire.ingestion.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.paritaire.ingestion.CorpusFixture;
import fr.paritaire.ingestion.Passage;
import fr.paritaire.ingestion.TestPipeline;
import fr.paritaire.ingestion.job.FileOutcome.Status;
import fr.paritaire.ingestion.search.SearchHit;
import fr.paritaire.ingestion.store.EmbeddingModelMismatch;
import fr.paritaire.ingestion.store.LexicalFieldBoosts;
import fr.paritaire.ingestion.store.LuceneKnowledgeBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingestion job over a real folder, the real extractor and model, and the on-disk store. */
class IngestionJobTest {

    static final String SECOIA = "secoia-deal-lancement-projet.txt";
    static final String DIALIA = "dialia-dialogue-social-bons-usages-ia.txt";

    @TempDir
    Path corpus;
    @TempDir
    Path data;

    @BeforeEach
    void copySmallCorpus() throws Exception {
        Files.copy(CorpusFixture.corpus().resolve(SECOIA), corpus.resolve(SECOIA));
        Files.createDirectories(corpus.resolve("manifestes"));
        Files.copy(CorpusFixture.corpus().resolve(DIALIA), corpus.resolve("manifestes").resolve(DIALIA));
    }

    @Test
    void ingestsRecursivelyAndReingestsNothingWhenNothingChanged() {
        try (TestPipeline pipeline = new TestPipeline(data)) {
            IngestionReport first = pipeline.job.run(corpus, IngestionListener.NONE);
            assertThat(first.count(Status.INGESTED)).isEqualTo(2);
            assertThat(first.files()).extracting(FileOutcome::source).contains("manifestes/" + DIALIA, SECOIA);
            int embedded = pipeline.embeddedPassages.get();
            assertThat(embedded).isEqualTo(pipeline.knowledgeBase.passageCount()).isPositive();

            IngestionReport second = pipeline.job.run(corpus, IngestionListener.NONE);
            assertThat(second.count(Status.UNCHANGED)).isEqualTo(2);
            assertThat(second.chunksWritten()).isZero();
            assertThat(pipeline.embeddedPassages.get()).isEqualTo(embedded);
        }
        try (TestPipeline restarted = new TestPipeline(data)) {
            IngestionReport afterRestart = restarted.job.run(corpus, IngestionListener.NONE);
            assertThat(afterRestart.count(Status.UNCHANGED)).isEqualTo(2);
            assertThat(restarted.embeddedPassages.get()).isZero();
            assertThat(restarted.search.search("Qui pilote le projet SeCoIA Deal ?", 3))
                    .extracting(h -> h.passage().source()).contains(SECOIA);
        }
    }

    @Test
    void changingHowPassagesAreCutReingestsEverything() {
        try (TestPipeline pipeline = new TestPipeline(data)) {
            pipeline.job.run(corpus, IngestionListener.NONE);
        }
        var smaller = new fr.paritaire.ingestion.chunk.ChunkingProperties(600, 100);
        try (TestPipeline pipeline = new TestPipeline(data, fr.paritaire.ingestion.extract.ExtractionProperties.defaults(), smaller)) {
            IngestionReport report = pipeline.job.run(corpus, IngestionListener.NONE);
            assertThat(report.count(Status.INGESTED)).isEqualTo(2);
            assertThat(pipeline.knowledgeBase.passagesOf("manifestes-dialia-dialogue-social-bons-usages-ia"))
                    .allSatisfy(p -> assertThat(p.text().length()).isLessThanOrEqualTo(650));
        }
    }

    @Test
    void aChangedFileIsReingestedAndARemovedFileDisappearsFromSearch() throws Exception {
        try (TestPipeline pipeline = new TestPipeline(data)) {
            pipeline.job.run(corpus, IngestionListener.NONE);
            Files.writeString(corpus.resolve(SECOIA), "\n\nLe comité de pilotage a adopté une charte de la gastronomie lyonnaise.\n",
                    java.nio.file.StandardOpenOption.APPEND);
            IngestionReport changed = pipeline.job.run(corpus, IngestionListener.NONE);
            assertThat(changed.files()).filteredOn(f -> f.source().equals(SECOIA)).singleElement()
                    .extracting(FileOutcome::status).isEqualTo(Status.INGESTED);
            assertThat(changed.files()).filteredOn(f -> f.source().endsWith(DIALIA)).singleElement()
                    .extracting(FileOutcome::status).isEqualTo(Status.UNCHANGED);
            assertThat(topTexts(pipeline, "charte de la gastronomie lyonnaise")).anyMatch(t -> t.contains("gastronomie lyonnaise"));

            Files.delete(corpus.resolve(SECOIA));
            IngestionReport removed = pipeline.job.run(corpus, IngestionListener.NONE);
            assertThat(removed.count(Status.REMOVED)).isEqualTo(1);
            assertThat(pipeline.knowledgeBase.documents()).doesNotContainKey(SECOIA);
            assertThat(pipeline.search.search("gastronomie lyonnaise SeCoIA", 10))
                    .extracting(h -> h.passage().source()).doesNotContain(SECOIA);
        }
    }

    @Test
    void badFilesAreReportedAndSkippedWhileTheOthersAreIngested() throws Exception {
        Files.createFile(corpus.resolve("vide.txt"));
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        Files.write(corpus.resolve("rapport.pdf"), noise);
        Files.createSymbolicLink(corpus.resolve("lien-casse.txt"), corpus.resolve("n-existe-pas.txt"));
        try (TestPipeline pipeline = new TestPipeline(data)) {
            IngestionReport report = pipeline.job.run(corpus, IngestionListener.NONE);
            assertThat(report.count(Status.INGESTED)).isEqualTo(2);
            assertThat(report.files()).filteredOn(f -> f.status() == Status.FAILED)
                    .extracting(FileOutcome::source, f -> f.reason().split(":")[0])
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("vide.txt", "empty file"),
                            org.assertj.core.groups.Tuple.tuple("rapport.pdf", "corrupt"),
                            org.assertj.core.groups.Tuple.tuple("lien-casse.txt", "unreadable"));
        }
    }

    @Test
    void aFileThatBecomesCorruptKeepsItsPreviousVersion() throws Exception {
        try (TestPipeline pipeline = new TestPipeline(data)) {
            pipeline.job.run(corpus, IngestionListener.NONE);
            List<Passage> before = pipeline.knowledgeBase.passagesOf("secoia-deal-lancement-projet");
            Files.write(corpus.resolve(SECOIA), new byte[0]);
            IngestionReport report = pipeline.job.run(corpus, IngestionListener.NONE);
            assertThat(report.count(Status.FAILED)).isEqualTo(1);
            assertThat(pipeline.knowledgeBase.passagesOf("secoia-deal-lancement-projet")).isEqualTo(before).isNotEmpty();
        }
    }

    @Test
    void identicalFilesAreStoredOnceWithBothPaths() throws Exception {
        Files.copy(corpus.resolve(SECOIA), corpus.resolve("copie-secoia.txt"));
        try (TestPipeline pipeline = new TestPipeline(data)) {
            IngestionReport report = pipeline.job.run(corpus, IngestionListener.NONE);
            assertThat(report.count(Status.DUPLICATE)).isEqualTo(1);
            assertThat(pipeline.knowledgeBase.documents().get("copie-secoia.txt").aliases()).containsExactly(SECOIA);
        }
    }

    @Test
    void aStoreBuiltWithAnotherModelIsRefusedWithHowToReindex() {
        try (LuceneKnowledgeBase store = new LuceneKnowledgeBase(data, new LexicalFieldBoosts(1, 1))) {
            store.checkEmbeddingModel("another-model", 768);
        }
        try (TestPipeline pipeline = new TestPipeline(data)) {
            assertThatThrownBy(() -> pipeline.job.run(corpus, IngestionListener.NONE))
                    .isInstanceOf(EmbeddingModelMismatch.class).hasMessageContaining("ingest --reindex");
            IngestionReport reindexed = pipeline.job.reindex(corpus, IngestionListener.NONE);
            assertThat(reindexed.count(Status.INGESTED)).isEqualTo(2);
        }
    }

    @Test
    void aMissingCorpusFolderStopsTheRunWithAClearMessage() {
        try (TestPipeline pipeline = new TestPipeline(data)) {
            assertThatThrownBy(() -> pipeline.job.run(corpus.resolve("absent"), IngestionListener.NONE))
                    .isInstanceOf(CorpusNotFound.class).hasMessageContaining("absent");
        }
    }

    private static List<String> topTexts(TestPipeline pipeline, String query) {
        return pipeline.search.search(query, 3).stream().map(SearchHit::passage).map(Passage::text).toList();
    }
}
