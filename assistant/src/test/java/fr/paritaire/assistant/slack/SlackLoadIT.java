package fr.paritaire.assistant.slack;

import static fr.paritaire.assistant.slack.SlackPayloads.callback;
import static fr.paritaire.assistant.slack.SlackPayloads.eventId;
import static fr.paritaire.assistant.slack.SlackPayloads.mention;
import static fr.paritaire.assistant.slack.SlackPayloads.ts;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * 50 mentions at the same moment, from 50 people in one channel: every one acknowledged in under 3 s, every one
 * answered exactly once. Writes the acknowledgement and answer latencies to {@code target/slack-load.txt}.
 */
class SlackLoadIT extends SlackTestApp {

    static final int MENTIONS = 50;
    static final String CHANNEL = "CLOAD";
    static final String[] QUESTIONS = {SlackIT.CSE_QUESTION, "Qui pilote le projet SeCoIA Deal ?",
            "Que dit l'article L2312-38 du code du travail ?", "Quelles sont les propositions de la CGT sur l'IA ?",
            "Who is behind the DIALIA project and who co-funds it?"};

    record Sent(String ts, long atNanos, SignedRequests.Ack ack) {
    }

    @Test
    void fiftyConcurrentMentionsAreAllAcknowledgedInUnderThreeSecondsAndEachAnsweredOnce() throws Exception {
        SignedRequests slack = slack();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Sent>> futures = new ArrayList<>();
        try (ExecutorService senders = Executors.newFixedThreadPool(MENTIONS)) {
            for (int i = 0; i < MENTIONS; i++) {
                String ts = ts();
                String body = callback(eventId(), mention("ULOAD" + i, CHANNEL, ts, null, QUESTIONS[i % QUESTIONS.length]));
                futures.add(senders.submit(() -> {
                    start.await();
                    long at = System.nanoTime();
                    return new Sent(ts, at, slack.event(body));
                }));
            }
            start.countDown();
        }
        List<Sent> sent = new ArrayList<>();
        for (Future<Sent> f : futures) sent.add(f.get());

        double[] acks = sent.stream().mapToDouble(s -> s.ack().millis()).sorted().toArray();
        assertThat(sent).allSatisfy(s -> assertThat(s.ack().status()).isEqualTo(200));
        assertThat(acks[acks.length - 1]).as("slowest acknowledgement, ms").isLessThan(3000);

        List<FakeSlack.Call> answers = SLACK.await("chat.postMessage", c -> CHANNEL.equals(c.param("channel")), MENTIONS, Duration.ofSeconds(120));
        Thread.sleep(1000);
        answers = SLACK.calls("chat.postMessage", c -> CHANNEL.equals(c.param("channel")));
        assertThat(answers).hasSize(MENTIONS);
        double[] toAnswer = new double[MENTIONS];
        for (int i = 0; i < MENTIONS; i++) {
            Sent s = sent.get(i);
            List<FakeSlack.Call> mine = answers.stream().filter(c -> s.ts().equals(c.param("thread_ts"))).toList();
            assertThat(mine).as("answers to %s", s.ts()).hasSize(1);
            assertThat(mine.get(0).shown()).contains("[1] ");
            toAnswer[i] = (mine.get(0).atNanos() - s.atNanos()) / 1e6;
        }
        Arrays.sort(toAnswer);
        String figures = String.format(java.util.Locale.ROOT,
                "slack load: %d concurrent mentions; ack ms p50 %.0f p99 %.0f max %.0f; time to answer ms p50 %.0f p99 %.0f max %.0f%n",
                MENTIONS, pct(acks, 50), pct(acks, 99), acks[acks.length - 1], pct(toAnswer, 50), pct(toAnswer, 99), toAnswer[MENTIONS - 1]);
        System.out.print(figures);
        Files.writeString(Path.of("target", "slack-load.txt"), figures);
    }

    private static double pct(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
