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

    public static Path devSet() {
        return find("docs/eval/dev.jsonl");
    }

    /** Questions written to tune the answer-or-refuse decision, most of them unanswerable near-misses. */
    public static Path tuningSet() {
        return find("docs/eval/tuning.jsonl");
    }

    /** Questions written before the answerability work and never tuned on (see docs/benchmarks.md). */
    /** Chatty, colloquial questions written to tune on (docs/eval/tuning2.jsonl). */
    public static Path tuning2Set() {
        return find("docs/eval/tuning2.jsonl");
    }

    /** Questions on precise facts (years, shares, frequencies, headcounts, names) written to tune on (docs/eval/tuning3.jsonl). */
    public static Path tuning3Set() {
        return find("docs/eval/tuning3.jsonl");
    }

    /** A third set never tuned on, written before the work it measures (docs/eval/unseen3.jsonl). */
    public static Path unseen3Set() {
        return find("docs/eval/unseen3.jsonl");
    }

    /** A second set never tuned on, written before the work it measures (docs/eval/unseen2.jsonl). */
    public static Path unseen2Set() {
        return find("docs/eval/unseen2.jsonl");
    }

    public static Path unseenSet() {
        return find("docs/eval/unseen.jsonl");
    }

    /** Questions written last in session 2, only ever measured. */
    public static Path testSet() {
        return find("docs/eval/test.jsonl");
    }

    /** Questions written after tuning, on other passages than the dev set (see docs/benchmarks.md). */
    public static Path heldOutSet() {
        return find("docs/eval/holdout.jsonl");
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
