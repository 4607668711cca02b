package fr.paritaire.ingestion;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the committed corpus and the shared evaluation set from any module's working directory. */
public final class CorpusFixture {

    private CorpusFixture() {
    }

    public static Path corpus() {
        return find("corpus");
    }

    public static Path devSet() {
        return find("../shared/eval/dev.jsonl");
    }

    /** Questions written after tuning, on other passages than the dev set (see docs/benchmarks.md). */
    public static Path heldOutSet() {
        return find("docs/eval/holdout.jsonl");
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
