package fr.paritaire.assistant.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paritaire.assistant.answer.Citation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feedback from every channel as JSON lines in one file: readable back, one line per vote even when concurrent. */
class FeedbackStoreTest {

    @TempDir
    Path data;

    @Test
    void feedbackIsAppendedAsOneJsonLineAndReadBack() throws Exception {
        FeedbackStore store = new FeedbackStore(data.resolve("feedback.jsonl"));
        Citation citation = new Citation(1, "guide#3", "guide", "Guide", "guide.txt", "Le CSE", "L2312-8", null, "« Le CSE doit… »");
        Feedback vote = new Feedback(Instant.parse("2026-12-01T10:00:00Z"), "web", Feedback.DOWN, "Il manque le délai.",
                "c-1", "Le CSE doit-il être consulté ?", "Voici… [1]", "answer", true, List.of(citation));

        store.save(vote);

        List<String> lines = Files.readAllLines(store.file());
        assertThat(lines).singleElement().satisfies(line -> assertThat(line)
                .contains("\"at\":\"2026-12-01T10:00:00Z\"").contains("\"vote\":\"down\"").contains("\"channel\":\"web\"")
                .contains("\"quote\":\"« Le CSE doit… »\""));
        assertThat(store.all()).containsExactly(vote);
    }

    @Test
    void concurrentVotesNeverInterleave() throws Exception {
        FeedbackStore store = new FeedbackStore(data.resolve("sub/feedback.jsonl"));
        try (var pool = Executors.newFixedThreadPool(8)) {
            IntStream.range(0, 200).forEach(i -> pool.submit(() -> store.save(new Feedback(Instant.now(), "slack", Feedback.UP, null,
                    "c-" + i, "question " + i, "x".repeat(5000), "refuse", false, List.of()))));
        }
        assertThat(store.all()).hasSize(200).allSatisfy(f -> assertThat(f.answer()).hasSize(5000));
    }
}
