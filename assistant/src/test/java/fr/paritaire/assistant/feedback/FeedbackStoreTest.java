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

/** The embedded store: every channel's votes as JSON lines in one file, readable back, one line per vote even when concurrent. */
class FeedbackStoreTest {

    static final Citation CITATION = new Citation(1, "guide#3", "guide", "Guide", "guide.txt", "Le CSE", "L2312-8", null,
            "« Le CSE doit… »");

    @TempDir
    Path data;

    @Test
    void feedbackIsAppendedAsOneJsonLineAndReadBack() throws Exception {
        JsonLinesFeedbackStore store = new JsonLinesFeedbackStore(data.resolve("feedback.jsonl"));
        Feedback vote = new Feedback(Instant.parse("2026-12-01T10:00:00Z"), Feedback.WEB, Feedback.DOWN, "Il manque le délai.",
                "c-1", "Le CSE doit-il être consulté ?", "Voici… [1]", "answer", true, List.of(CITATION), null);

        store.save(vote);

        List<String> lines = Files.readAllLines(store.file());
        assertThat(lines).singleElement().satisfies(line -> assertThat(line)
                .contains("\"at\":\"2026-12-01T10:00:00Z\"").contains("\"vote\":\"down\"").contains("\"channel\":\"web\"")
                .contains("\"quote\":\"« Le CSE doit… »\""));
        assertThat(store.all()).containsExactly(vote);
    }

    @Test
    void aWebVoteAndASlackVoteGoToTheSameFileToldApartByChannel() {
        JsonLinesFeedbackStore store = new JsonLinesFeedbackStore(data.resolve("feedback.jsonl"));
        Feedback web = new Feedback(Instant.now(), Feedback.WEB, Feedback.UP, "Clair.", "c-web", "q", "a [1]", "answer", true,
                List.of(CITATION), null);
        Feedback slack = new Feedback(Instant.now(), Feedback.SLACK, Feedback.DOWN, null, "slack:C1:1.1", "q", "a", "refuse",
                false, List.of(), Feedback.hashUser("U123"));

        store.save(web);
        store.save(slack);

        assertThat(store.all()).containsExactly(web, slack);
        assertThat(store.file()).content().doesNotContain("U123").contains(Feedback.hashUser("U123"));
    }

    @Test
    void aLineWrittenBeforeUsersWereHashedStillLoads() throws Exception {
        Path file = data.resolve("feedback.jsonl");
        Files.writeString(file, "{\"at\":\"2026-01-01T00:00:00Z\",\"channel\":\"web\",\"vote\":\"up\",\"question\":\"q\","
                + "\"grounded\":true,\"citations\":[]}\n");
        assertThat(new JsonLinesFeedbackStore(file).all()).singleElement()
                .satisfies(f -> assertThat(f.userHash()).isNull());
    }

    @Test
    void usersAreHashedWithSha256() {
        assertThat(Feedback.hashUser("U123")).hasSize(64).isEqualTo(Feedback.hashUser("U123"))
                .isNotEqualTo(Feedback.hashUser("U124"));
        assertThat(Feedback.hashUser("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void concurrentVotesNeverInterleave() throws Exception {
        JsonLinesFeedbackStore store = new JsonLinesFeedbackStore(data.resolve("sub/feedback.jsonl"));
        try (var pool = Executors.newFixedThreadPool(8)) {
            IntStream.range(0, 200).forEach(i -> pool.submit(() -> store.save(new Feedback(Instant.now(), Feedback.SLACK,
                    Feedback.UP, null, "c-" + i, "question " + i, "x".repeat(5000), "refuse", false, List.of(),
                    Feedback.hashUser("U" + i)))));
        }
        assertThat(store.all()).hasSize(200).allSatisfy(f -> assertThat(f.answer()).hasSize(5000));
    }
}
