package fr.paritaire.ingestion.chunk;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paritaire.ingestion.CorpusFixture;
import fr.paritaire.ingestion.authority.DocumentClassifier;
import fr.paritaire.ingestion.Passage;
import fr.paritaire.ingestion.extract.ExtractionProperties;
import fr.paritaire.ingestion.extract.NormalizedDocument;
import fr.paritaire.ingestion.extract.TextExtractor;
import fr.paritaire.ingestion.extract.TextNormalizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Chunks the real corpus through Tika and checks what a reader of the passages would check. */
class CorpusChunkingTest {

    static final Map<String, NormalizedDocument> documents = new TreeMap<>();
    static final Map<String, List<Passage>> passages = new TreeMap<>();

    @BeforeAll
    static void chunkCorpus() throws Exception {
        TextNormalizer normalizer = new TextNormalizer(3);
        Chunker chunker = new Chunker(ChunkingProperties.defaults());
        try (TextExtractor extractor = new TextExtractor(ExtractionProperties.defaults());
             Stream<Path> files = Files.walk(CorpusFixture.corpus())) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !DocumentClassifier.isSidecar(f)).sorted().toList()) {
                String name = CorpusFixture.corpus().relativize(file).toString();
                NormalizedDocument doc = normalizer.normalize(extractor.extract(file), name);
                documents.put(name, doc);
                passages.put(name, chunker.chunk(name, name, doc));
            }
        }
        if (System.getenv("PARITAIRE_DUMP_CHUNKS") != null) {
            StringBuilder dump = new StringBuilder();
            passages.values().forEach(list -> list.forEach(p -> dump.append("=== ").append(p.id()).append(" | ")
                    .append(p.section()).append(" | ").append(p.article()).append('\n').append(p.text()).append("\n\n")));
            Files.writeString(Path.of(System.getenv("PARITAIRE_DUMP_CHUNKS")), dump);
        }
    }

    @Test
    void imetRunningHeaderAndFundingNoticeAreGone() {
        for (Passage p : all()) {
            assertThat(p.text()).doesNotContain("INNOVATING SOCIAL DIALOGUE", "BARGAINING TOWARD ARTIFICIAL INTELLIGENCE",
                    "Funded by the European Union", "Co-funded by the");
        }
    }

    @Test
    void figuresThatShareAShapeAreContentNotRunningHeaders() {
        // The LaborIA infographic puts "81%", "75%", "74%" on lines of their own: not page numbers, they stay.
        assertThat(all()).filteredOn(p -> p.text().contains("trois objectifs majeurs du déploiement"))
                .singleElement().satisfies(p -> assertThat(p.text()).contains("81%", "75%", "74%"));
    }

    @Test
    void aSectionsHeadingOpensItsFirstPassageSoThePointItMakesCanBeFoundAndQuoted() {
        // "Ce qu'il faut retenir" has no text of its own: it goes with the first tip, whose title is the advice itself.
        assertThat(all()).filteredOn(p -> p.text().contains("Impliquez employés et représentants dès le début"))
                .singleElement().satisfies(p -> {
                    assertThat(p.text()).startsWith("Ce qu'il faut retenir\n\nImpliquez employés et représentants dès le début");
                    assertThat(p.section()).isEqualTo("Impliquez employés et représentants dès le début");
                });
    }

    @Test
    void eachLabourCodeArticleIsItsOwnPassageWithItsNumber() {
        List<Passage> laboria = passages.get("laboria-guide-deploiement-ia-tpe-pme.txt");
        assertThat(laboria).filteredOn(p -> "L2312-8".equals(p.article())).singleElement().satisfies(p -> {
            assertThat(p.text()).startsWith("Article L2312-8").contains("L'introduction de nouvelles technologies")
                    .doesNotContain("Article L2312-37");
        });
        assertThat(laboria).extracting(Passage::article)
                .contains("L2312-37", "L2312-38", "L4121-3", "L4121-1", "L6321-1", "L6321-2", "L6313-3");
    }

    @Test
    void titlesComeFromTheContentNotTheFileName() {
        assertThat(documents.get("cgt-contribution-sommet-action-ia.txt").title()).startsWith("Contribution CGT en vue du Sommet");
        assertThat(documents.get("laboria-guide-deploiement-ia-tpe-pme.txt").title()).startsWith("Guide du déploiement de l'IA au travail");
        assertThat(documents.get("secoia-deal-lancement-projet.txt").title()).startsWith("Lancement du Projet SéCoIA Deal");
        documents.values().forEach(d -> assertThat(d.language()).isEqualTo("fr"));
        assertThat(documents).hasSizeGreaterThanOrEqualTo(9);
    }

    @Test
    void passagesRespectTheSizeLimitExceptWholeArticles() {
        int max = ChunkingProperties.defaults().maxChars();
        assertThat(all()).filteredOn(p -> p.article() == null && p.text().length() > max + 50)
                .extracting(p -> p.id() + " (" + p.text().length() + " chars)").isEmpty();
        assertThat(all()).allSatisfy(p -> assertThat(p.text()).isNotBlank());
    }

    @Test
    void markdownEmphasisIsDroppedButWordsAreKept() {
        assertThat(all()).allSatisfy(p -> assertThat(p.text()).doesNotContain("**"));
    }

    static List<Passage> all() {
        List<Passage> all = new ArrayList<>();
        passages.values().forEach(all::addAll);
        return all;
    }
}
