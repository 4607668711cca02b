package fr.paritaire.ingestion.extract;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paritaire.ingestion.CorpusFixture;
import fr.paritaire.ingestion.Passage;
import fr.paritaire.ingestion.chunk.Chunker;
import fr.paritaire.ingestion.chunk.ChunkingProperties;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each real-world format through the real Tika parsers: pages, headings, clauses, boilerplate. */
class DocumentFormatsTest {

    static final Path ACCORDS = CorpusFixture.corpus().resolve("accords");
    static TextExtractor extractor;
    static final TextNormalizer normalizer = new TextNormalizer(3);
    static final Chunker chunker = new Chunker(ChunkingProperties.defaults());

    @BeforeAll
    static void open() {
        extractor = new TextExtractor(ExtractionProperties.defaults());
    }

    @AfterAll
    static void close() {
        extractor.close();
    }

    static NormalizedDocument normalize(Path file) throws Exception {
        return normalizer.normalize(extractor.extract(file), file.getFileName().toString());
    }

    static List<Passage> passages(Path file) throws Exception {
        return chunker.chunk("doc", file.getFileName().toString(), normalize(file));
    }

    @Test
    void pdfPassagesCarryThePageTheirTextIsOn() throws Exception {
        Path pdf = ACCORDS.resolve("accord-branche-mecanique-precision-ia-2025.pdf");
        List<Passage> passages = passages(pdf);
        assertThat(passages).allSatisfy(p -> assertThat(p.page()).isNotNull().isPositive());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int checked = 0;
            for (Passage p : passages) {
                if (p.article() == null) continue;
                // The page PDFBox finds the clause heading on is the page the passage cites.
                String heading = p.text().lines().findFirst().orElseThrow().strip();
                assertThat(pageOf(document, heading)).as(heading).isEqualTo(p.page());
                checked++;
            }
            assertThat(checked).isGreaterThanOrEqualTo(10);
        }
        assertThat(passages.stream().map(Passage::page).distinct().count()).isGreaterThan(3);
    }

    private static int pageOf(PDDocument document, String text) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        String needle = text.replaceAll("\\s+", " ");
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            if (stripper.getText(document).replaceAll("\\s+", " ").contains(needle)) return page;
        }
        return -1;
    }

    @Test
    void agreementClausesAreOnePassageEachWithNumberAndTitle() throws Exception {
        for (String file : List.of("accord-branche-mecanique-precision-ia-2025.pdf", "accord-mutuelle-ligerienne-systemes-ia-2026.docx",
                "accord-berthelot-logistique-surveillance-deconnexion-2025.odt", "accord-groupe-solvea-relation-client-ia-2026.html")) {
            List<Passage> clauses = passages(ACCORDS.resolve(file)).stream().filter(p -> p.article() != null).toList();
            assertThat(clauses).as(file).hasSizeGreaterThanOrEqualTo(10);
            assertThat(clauses).as(file).allSatisfy(p -> {
                assertThat(p.text()).startsWith("Article " + p.article());
                assertThat(p.section()).isNotBlank();
            });
            assertThat(clauses.stream().map(Passage::article).distinct().count()).as(file).isEqualTo(clauses.size());
        }
        assertThat(passages(ACCORDS.resolve("accord-mutuelle-ligerienne-systemes-ia-2026.docx")))
                .anySatisfy(p -> {
                    assertThat(p.article()).isEqualTo("2.3");
                    assertThat(p.section()).isEqualTo("Délais de consultation et recours à l’expertise");
                });
        assertThat(passages(ACCORDS.resolve("accord-berthelot-logistique-surveillance-deconnexion-2025.odt")))
                .anySatisfy(p -> {
                    assertThat(p.article()).isEqualTo("4.2");
                    assertThat(p.section()).isEqualTo("Plages de déconnexion");
                });
    }

    @Test
    void titlesComeFromTheDocumentsHeadingsAndExamplesAreFlagged() throws Exception {
        NormalizedDocument docx = normalize(ACCORDS.resolve("accord-mutuelle-ligerienne-systemes-ia-2026.docx"));
        assertThat(docx.title()).startsWith("Accord d’entreprise relatif au déploiement responsable des systèmes d’intelligence artificielle");
        assertThat(docx.example()).isTrue();
        NormalizedDocument html = normalize(ACCORDS.resolve("accord-groupe-solvea-relation-client-ia-2026.html"));
        assertThat(html.title()).startsWith("Accord d’entreprise relatif à l’usage de l’intelligence artificielle");
        assertThat(normalize(CorpusFixture.corpus().resolve("laboria-guide-deploiement-ia-tpe-pme.txt")).example()).isFalse();
        // A PDF without styled headings is named by the title it declares, not by its first line (a disclaimer here).
        NormalizedDocument pdf = normalize(ACCORDS.resolve("accord-branche-mecanique-precision-ia-2025.pdf"));
        assertThat(pdf.title()).startsWith("Accord de branche du 12 juin 2025").doesNotContain("Document fictif");
        assertThat(pdf.example()).isTrue();
    }

    @Test
    void htmlNavigationHeaderFooterAndShareBarAreDropped() throws Exception {
        List<Passage> passages = passages(ACCORDS.resolve("accord-groupe-solvea-relation-client-ia-2026.html"));
        assertThat(passages).allSatisfy(p -> assertThat(p.text()).doesNotContain("Mentions légales", "Plan du site", "cookies",
                "Partager : LinkedIn", "Télécharger le PDF"));
        assertThat(passages).anySatisfy(p -> assertThat(p.text()).contains("Information-consultation du CSE avant tout déploiement"));
    }

    @Test
    void anArticleIsKeptWhateverItsClassesSayAndOnlyChromeIsDropped(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        // A blog engine's article classes ("category-dialogue-social") are not a share bar.
        java.nio.file.Path page = dir.resolve("billet.html");
        java.nio.file.Files.writeString(page, "<html><body><article class=\"post category-dialogue-social tag-ia\">"
                + "<h1>Le dialogue social face à l'IA</h1><p>Le comité social et économique est consulté avant tout déploiement.</p>"
                + "<div class=\"share-buttons\">Partager : <a href=\"#\">LinkedIn</a></div>"
                + "<nav class=\"breadcrumb\">Accueil › Actualités</nav></article></body></html>");
        String text = String.join("\n", extractor.extract(page).pages());
        assertThat(text).contains("est consulté avant tout déploiement").doesNotContain("Partager", "Accueil ›");
    }

    @Test
    void embeddedPicturesInOfficeFilesAreNotOcred() throws Exception {
        // LibreOffice stores a thumbnail picture in every ODT: it must not turn into garbage text.
        NormalizedDocument odt = normalize(ACCORDS.resolve("accord-berthelot-logistique-surveillance-deconnexion-2025.odt"));
        assertThat(odt.title()).startsWith("Accord d'entreprise relatif à l'encadrement des outils algorithmiques");
        assertThat(odt.blocks()).allSatisfy(b -> assertThat(b.text()).doesNotMatch("(?s).*\\b[a-z]{5,}[A-Z]{3,}.*"));
    }

    @Test
    void tableRowsCarryTheirColumnHeaders() throws Exception {
        List<Passage> passages = passages(CorpusFixture.corpus().resolve("imet-dialogue-social-ia-industries-met.txt"));
        assertThat(passages).anySatisfy(p -> {
            assertThat(p.text()).startsWith("Pays / Région | Sous-Secteur / Entreprise(s) | Date | Sujet/theme");
            assertThat(p.text()).contains("Italie").contains("justification écrite");
        });
    }

    @Test
    void everyRowOfAWordProcessorTableIsKeptWithTheHeader() throws Exception {
        // LibreOffice's table cells all open with a tab: each row is a row of its own, not the header's continuation.
        List<Passage> passages = passages(ACCORDS.resolve("accord-berthelot-logistique-surveillance-deconnexion-2025.odt"));
        for (String tool : List.of("WMS Orion", "VoxPick", "RouteOptim", "FleetTrack", "Prévia")) {
            assertThat(passages).as(tool).filteredOn(p -> p.text().contains(tool)).singleElement()
                    .satisfies(p -> assertThat(p.text()).startsWith("Outil | Fonction | Salariés concernés").contains("Consultation du CSE"));
        }
        assertThat(passages).anySatisfy(p -> assertThat(p.text()).contains("Prévia | Prévision des volumes").contains("2 octobre 2025"));
    }
}
