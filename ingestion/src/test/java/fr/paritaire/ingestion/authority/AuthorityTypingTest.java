package fr.paritaire.ingestion.authority;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.paritaire.ingestion.CorpusFixture;
import fr.paritaire.ingestion.DocumentMetadata;
import fr.paritaire.ingestion.Passage;
import fr.paritaire.ingestion.chunk.Chunker;
import fr.paritaire.ingestion.chunk.ChunkingProperties;
import fr.paritaire.ingestion.extract.ExtractionProperties;
import fr.paritaire.ingestion.extract.NormalizedDocument;
import fr.paritaire.ingestion.extract.TextExtractor;
import fr.paritaire.ingestion.extract.TextNormalizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Typing accuracy on docs/eval/authority-gold.jsonl: every corpus document and a sample of passages (the labour-code
 * articles the LaborIA guide quotes in its annex among them), classified by the ingestion pipeline's own classifier
 * over the real files and their sidecars.
 */
class AuthorityTypingTest {

    record Gold(String id, String source, String contains, String authority, String level, String note) {
    }

    static final Map<String, DocumentMetadata> documents = new HashMap<>();
    static final Map<String, List<Passage>> passages = new HashMap<>();
    static List<Gold> gold;

    @BeforeAll
    static void classifyCorpus() throws Exception {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        gold = new ArrayList<>();
        for (String line : Files.readAllLines(CorpusFixture.authorityGold())) {
            if (!line.isBlank()) gold.add(json.readValue(line, Gold.class));
        }
        Path corpus = CorpusFixture.corpus();
        DocumentClassifier classifier = new DocumentClassifier(AuthorityProperties.defaults());
        Chunker chunker = new Chunker(ChunkingProperties.defaults());
        TextNormalizer normalizer = new TextNormalizer(3);
        try (TextExtractor extractor = new TextExtractor(ExtractionProperties.defaults())) {
            for (String source : gold.stream().map(Gold::source).distinct().toList()) {
                Path file = corpus.resolve(source);
                NormalizedDocument doc = normalizer.normalize(extractor.extract(file), source);
                DocumentMetadata metadata = classifier.classify(file, source, doc.example());
                documents.put(source, metadata);
                passages.put(source, classifier.classify(chunker.chunk(source, source, doc), metadata));
            }
        }
    }

    @Test
    void theGoldFileTypesEveryDocumentOfTheCorpus() throws IOException {
        try (var files = Files.walk(CorpusFixture.corpus())) {
            List<String> corpus = files.filter(Files::isRegularFile).filter(f -> !DocumentClassifier.isSidecar(f))
                    .map(f -> CorpusFixture.corpus().relativize(f).toString().replace('\\', '/')).toList();
            assertThat(gold.stream().filter(g -> g.contains() == null).map(Gold::source)).containsExactlyInAnyOrderElementsOf(corpus);
        }
    }

    @Test
    void everyDocumentIsTypedAsTheGoldFileSays() {
        List<String> wrong = new ArrayList<>();
        List<Gold> docs = gold.stream().filter(g -> g.contains() == null).toList();
        for (Gold g : docs) {
            DocumentMetadata m = documents.get(g.source());
            String level = m.level() == null ? null : m.level().id();
            if (!m.authority().id().equals(g.authority()) || !java.util.Objects.equals(level, g.level())) {
                wrong.add(g.id() + " is " + m.authority().id() + "/" + level);
            }
        }
        System.out.printf("Authority typing, documents: %d/%d%n", docs.size() - wrong.size(), docs.size());
        assertThat(wrong).as("documents typed wrong").isEmpty();
    }

    @Test
    void sampledPassagesAreTypedAsTheGoldFileSaysIncludingLawQuotedInTheGuidesAnnex() {
        List<String> wrong = new ArrayList<>();
        List<Gold> sample = gold.stream().filter(g -> g.contains() != null).toList();
        for (Gold g : sample) {
            List<Passage> found = passages.get(g.source()).stream().filter(p -> p.text().contains(g.contains())).toList();
            assertThat(found).as("gold %s: no passage of %s contains «%s»", g.id(), g.source(), g.contains()).isNotEmpty();
            // Every passage holding the words (an overlap may repeat them) must carry the gold authority.
            found.stream().filter(p -> !p.authority().id().equals(g.authority()))
                    .forEach(p -> wrong.add(g.id() + " is " + p.authority().id() + " (" + p.id() + ")"));
        }
        System.out.printf("Authority typing, passages: %d/%d%n", sample.size() - wrong.size(), sample.size());
        assertThat(wrong).as("passages typed wrong").isEmpty();
    }

    @Test
    void aFictionalAgreementIsAnExampleEvenWithoutItsSidecar() {
        NormalizedDocument declared = new NormalizedDocument("Accord type", "fr", List.of(), true);
        DocumentClassifier classifier = new DocumentClassifier(AuthorityProperties.defaults());
        Path nowhere = Path.of("no-such-folder", "accord.txt");
        assertThat(classifier.classify(nowhere, "accord.txt", declared.example()).authority().id()).isEqualTo("example");
        assertThat(classifier.classify(nowhere, "accords/accord.txt", false).origin()).isEqualTo("folder accords");
        assertThat(classifier.classify(nowhere, "guide.txt", false).authority().id()).isEqualTo("other");
    }

    @Test
    void aSidecarSaysAuthorityLevelDateAndTitleAndRefusesWhatItDoesNotKnow(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        DocumentClassifier classifier = new DocumentClassifier(AuthorityProperties.defaults());
        Path accord = Files.writeString(dir.resolve("accord.txt"), "Accord");
        Files.writeString(dir.resolve("accord.txt.meta.properties"),
                "# a real agreement\nauthority=Agreement\nlevel=branch\ndate=2025-06-12\ntitle=Accord de branche IA\n");
        DocumentMetadata m = classifier.classify(accord, "accords/accord.txt", true);
        assertThat(m).isEqualTo(new DocumentMetadata(fr.paritaire.ingestion.Authority.AGREEMENT, fr.paritaire.ingestion.AgreementLevel.BRANCH,
                java.time.LocalDate.of(2025, 6, 12), "sidecar", "Accord de branche IA"));
        assertThat(DocumentClassifier.isSidecar(dir.resolve("accord.txt.meta.properties"))).isTrue();
        for (String bad : List.of("authority=binding", "level=national", "date=12/06/2025", "autority=law")) {
            Files.writeString(dir.resolve("accord.txt.meta.properties"), bad);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> classifier.classify(accord, "accord.txt", false))
                    .isInstanceOf(InvalidMetadata.class).hasMessageContaining("accord.txt.meta.properties");
        }
    }
}
