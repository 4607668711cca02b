package fr.paritaire.assistant.slack;

import fr.paritaire.assistant.ParitaireApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application with the {@code slack} profile, its Web API pointed at {@link FakeSlack} and its Socket Mode at
 * {@link FakeSocketMode}; every Slack test class extends this, so they share one running application.
 */
@SpringBootTest(classes = ParitaireApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"paritaire.data-dir=" + SlackTestApp.DATA_DIR, "paritaire.corpus-dir=../corpus",
                "paritaire.slack.bot-token=xoxb-paritaire-test", "paritaire.slack.signing-secret=" + SlackTestApp.SECRET,
                "paritaire.slack.app-token=xapp-paritaire-test", "paritaire.slack.questions-per-user=5",
                "paritaire.public-url=https://paritaire.example.org", "paritaire.slack.listen-channels=CLISTEN",
                "paritaire.slack.channel-roles.CEMPLOYER=employer"})
@ActiveProfiles("slack")
abstract class SlackTestApp {

    static final String DATA_DIR = "target/it-data-slack";
    static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final FakeSlack SLACK;
    static final FakeSocketMode SOCKET;

    static {
        deleteLedgerAndFeedback();
        SLACK = new FakeSlack();
        try {
            SOCKET = new FakeSocketMode().listening();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        SLACK.socketUrl(SOCKET.url());
    }

    @Value("${local.server.port}")
    int port;

    @DynamicPropertySource
    static void slackApi(DynamicPropertyRegistry registry) {
        registry.add("paritaire.slack.api-base-url", SLACK::apiBaseUrl);
    }

    SignedRequests slack() {
        return new SignedRequests(port, "/slack/events", SECRET);
    }

    /**
     * A fresh start: events answered by an earlier run must not count as already answered, and the votes found in the
     * feedback store are this run's.
     */
    private static void deleteLedgerAndFeedback() {
        Path ledger = Path.of(DATA_DIR, "slack");
        try (Stream<Path> files = Files.exists(ledger) ? Files.walk(ledger) : Stream.empty()) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            Files.deleteIfExists(Path.of(DATA_DIR, "feedback.jsonl"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
