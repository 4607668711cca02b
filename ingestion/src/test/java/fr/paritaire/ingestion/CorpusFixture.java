package fr.paritaire.ingestion;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the committed corpus and the evaluation sets (all kept in the repository) from any module's working directory. */
public final class CorpusFixture {

    private CorpusFixture() {
    }

    public static Path corpus() {
        return find("corpus");
    }

    /**
     * A question set of {@code docs/eval/}, by name: {@code dev}; {@code tuning}, {@code tuning2}, {@code tuning3}
     * (written to tune on); {@code holdout}, {@code test}, {@code unseen}, {@code unseen2}, {@code unseen3} (only
     * measured, each unseen set written before the work it measures; see docs/benchmarks.md).
     */
    public static Path evalSet(String name) {
        return find("docs/eval/" + name + ".jsonl");
    }

    /** The authority of every document and of a sample of passages (issue 12). */
    public static Path authorityGold() {
        return find("docs/eval/authority-gold.jsonl");
    }

    private static Path find(String relative) {
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
            Path candidate = dir.resolve(relative).normalize();
            if (Files.exists(candidate) && (!relative.equals("corpus") || Files.exists(dir.resolve("pom.xml")) && Files.exists(dir.resolve("ingestion")))) {
                return candidate;
            }
        }
        throw new IllegalStateException(relative + " not found above " + Path.of("").toAbsolutePath());
    }
}
