package fr.paritaire.assistant.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The corpus folder never lets a path out, never overwrites, and takes only the formats ingestion reads. */
class CorpusFolderTest {

    @TempDir
    Path root;

    @ParameterizedTest
    @CsvSource({"note.txt, note.txt", "../../note.txt, note.txt", "C:\\Users\\x\\Accord IA (2026).pdf, Accord IA (2026).pdf",
            "/etc/rapport.docx, rapport.docx", "Accord d'entreprise.ODT, Accord d'entreprise.ODT", "page.htm, page.htm"})
    void aSentNameIsReducedToAPlainFileName(String sent, String kept) {
        assertThat(CorpusFolder.safeName(sent)).isEqualTo(kept);
    }

    @ParameterizedTest
    @ValueSource(strings = {"outil.exe", "archive.zip", "sans-extension", ".cache.txt", "..", "../", "a/b/", "note\u0000.txt",
            "rapport;rm -rf.txt", " "})
    void otherNamesAreRefused(String sent) {
        assertThatThrownBy(() -> CorpusFolder.safeName(sent)).isInstanceOf(UnsupportedDocument.class);
    }

    @Test
    void aStoredSourceResolvesInsideTheFolderOnly() throws Exception {
        Files.createDirectories(root.resolve("accords"));
        Files.writeString(root.resolve("accords/a.txt"), "a");
        Files.writeString(root.getParent().resolve("secret-" + root.getFileName() + ".txt"), "secret");
        CorpusFolder corpus = new CorpusFolder(root);

        assertThat(corpus.resolve("accords/a.txt")).isEqualTo(root.resolve("accords/a.txt").toAbsolutePath().normalize());
        assertThatThrownBy(() -> corpus.resolve("../secret-" + root.getFileName() + ".txt")).isInstanceOf(DocumentNotFound.class);
        assertThatThrownBy(() -> corpus.resolve("accords/../../secret-" + root.getFileName() + ".txt")).isInstanceOf(DocumentNotFound.class);
        assertThatThrownBy(() -> corpus.resolve("/etc/passwd")).isInstanceOf(DocumentNotFound.class);
        assertThatThrownBy(() -> corpus.resolve("accords")).isInstanceOf(DocumentNotFound.class);
        assertThatThrownBy(() -> corpus.resolve("")).isInstanceOf(DocumentNotFound.class);
    }

    @Test
    void anAddedFileIsWrittenOnceAndNeverOverwritten() throws Exception {
        CorpusFolder corpus = new CorpusFolder(root);
        String source = corpus.add("../Note IA.txt", new ByteArrayInputStream("première".getBytes(StandardCharsets.UTF_8)));
        assertThat(source).isEqualTo("Note IA.txt");
        assertThat(Files.readString(root.resolve(source))).isEqualTo("première");

        assertThatThrownBy(() -> corpus.add("Note IA.txt", new ByteArrayInputStream("seconde".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(DocumentAlreadyExists.class);
        assertThat(Files.readString(root.resolve(source))).isEqualTo("première");
        try (var left = Files.list(root)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("Note IA.txt");
        }
    }
}
