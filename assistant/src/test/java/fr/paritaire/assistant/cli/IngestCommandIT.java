package fr.paritaire.assistant.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paritaire.ingestion.CorpusFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar's {@code ingest} command, run as a user would run it. */
class IngestCommandIT {

    @TempDir
    Path corpus;
    @TempDir
    Path data;

    record Run(int exitCode, String output) {
    }

    @Test
    void reportsEachFileAndExitsZeroEvenWhenSomeFail() throws Exception {
        Files.copy(CorpusFixture.corpus().resolve("secoia-deal-lancement-projet.txt"), corpus.resolve("secoia.txt"));
        Files.createFile(corpus.resolve("vide.txt"));
        Run first = ingest("--paritaire.corpus-dir=" + corpus, "--paritaire.data-dir=" + data);
        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.output()).contains("ingested  secoia.txt").contains("failed    vide.txt")
                .contains("1 ingested, 0 unchanged").contains("failed: vide.txt — empty file");

        Run second = ingest("--paritaire.corpus-dir=" + corpus, "--paritaire.data-dir=" + data);
        assertThat(second.exitCode()).isZero();
        assertThat(second.output()).contains("unchanged secoia.txt").contains("0 ingested, 1 unchanged");
    }

    @Test
    void exitsNonZeroWhenTheRunCannotHappen() throws Exception {
        Run run = ingest("--paritaire.corpus-dir=" + corpus.resolve("absent"), "--paritaire.data-dir=" + data);
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.output()).contains("Corpus folder not found");
    }

    private static Run ingest(String... args) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-jar", Path.of("target/paritaire.jar").toAbsolutePath().toString(), "ingest"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }
}
