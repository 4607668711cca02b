package fr.paritaire.assistant.slack;

import static fr.paritaire.assistant.slack.SlackPayloads.callback;
import static fr.paritaire.assistant.slack.SlackPayloads.eventId;
import static fr.paritaire.assistant.slack.SlackPayloads.mention;
import static fr.paritaire.assistant.slack.SlackPayloads.ts;
import static org.assertj.core.api.Assertions.assertThat;

import fr.paritaire.assistant.Http;
import fr.paritaire.assistant.ParitaireApplication;
import fr.paritaire.assistant.feedback.Feedback;
import fr.paritaire.assistant.feedback.FeedbackStore;
import fr.paritaire.ingestion.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@code postgres} profile: event ids recorded in PostgreSQL, so an event delivered to two app instances at once,
 * or retried after a restart, is answered once; web and Slack feedback land in the one {@code feedback} table.
 */
class PostgresSlackIT {

    static final String SCHEMA = "it_slack";
    static final String SECRET = "postgres-slack-signing-secret";
    static FakeSlack slack;

    @BeforeAll
    static void freshSchema() {
        TestDatabase.assumeAvailable();
        TestDatabase.dropSchema(SCHEMA);
        slack = new FakeSlack();
    }

    @AfterAll
    static void stopSlack() {
        if (slack != null) slack.close();
    }

    static ConfigurableApplicationContext instance() {
        return new SpringApplicationBuilder(ParitaireApplication.class).profiles("slack", "postgres").run(
                "--server.port=0", "--paritaire.corpus-dir=../corpus", "--paritaire.data-dir=target/it-data-slack-postgres",
                "--paritaire.postgres.schema=" + SCHEMA, "--spring.datasource.url=" + TestDatabase.URL,
                "--spring.datasource.username=" + TestDatabase.USER, "--spring.datasource.password=" + TestDatabase.PASSWORD,
                "--paritaire.slack.bot-token=xoxb-postgres-test", "--paritaire.slack.signing-secret=" + SECRET,
                "--paritaire.slack.app-token=", "--paritaire.slack.api-base-url=" + slack.apiBaseUrl());
    }

    static SignedRequests requestsTo(ConfigurableApplicationContext app) {
        return new SignedRequests(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")), "/slack/events", SECRET);
    }

    @Test
    void anEventSentToTwoInstancesAndRetriedAfterARestartIsAnsweredOnce() throws Exception {
        String ts = ts();
        String body = callback(eventId(), mention("UPG", "CPG", ts, null, SlackIT.CSE_QUESTION));
        FakeSlack.Call answer;
        try (ConfigurableApplicationContext first = instance(); ConfigurableApplicationContext second = instance()) {
            SignedRequests a = requestsTo(first);
            SignedRequests b = requestsTo(second);
            CompletableFuture<SignedRequests.Ack> toFirst = CompletableFuture.supplyAsync(() -> a.event(body));
            CompletableFuture<SignedRequests.Ack> toSecond = CompletableFuture.supplyAsync(() -> b.retry(body, 1));
            assertThat(toFirst.get().status()).isEqualTo(200);
            assertThat(toSecond.get().status()).isEqualTo(200);
            answer = slack.await("chat.postMessage", c -> "CPG".equals(c.param("channel")), 1, Duration.ofSeconds(60)).get(0);
            Thread.sleep(1500);
            assertThat(slack.calls("chat.postMessage", c -> "CPG".equals(c.param("channel")))).as("once for two instances").hasSize(1);
        }
        try (ConfigurableApplicationContext restarted = instance()) {
            SignedRequests again = requestsTo(restarted);
            assertThat(again.retry(body, 2).status()).isEqualTo(200);
            String fresh = ts();
            again.event(callback(eventId(), mention("UPG", "CPG", fresh, null, SlackIT.CSE_QUESTION)));
            slack.await("chat.postMessage", c -> "CPG".equals(c.param("channel")) && fresh.equals(c.param("thread_ts")), 1, Duration.ofSeconds(60));
            List<FakeSlack.Call> toTheRetry = slack.calls("chat.postMessage", c -> "CPG".equals(c.param("channel")) && ts.equals(c.param("thread_ts")));
            assertThat(toTheRetry).as("the retry after a restart is not answered again").hasSize(1);

            String value = SlackIT.button(answer.blocks(), AnswerBlocks.FEEDBACK_DOWN).path("value").asText();
            again.interaction(SlackPayloads.click("UPG", "CPG", AnswerBlocks.FEEDBACK_DOWN, value, "1.1", false, slack.responseUrl("pg-feedback")));
            slack.await("response_url", c -> c.param("url").endsWith("pg-feedback"), 1, Duration.ofSeconds(30));
        }
        try (Connection c = DriverManager.getConnection(TestDatabase.URL, TestDatabase.USER, TestDatabase.PASSWORD);
             ResultSet rows = c.createStatement().executeQuery("SELECT channel, vote, user_hash, question, citations::text FROM "
                     + SCHEMA + ".feedback WHERE user_hash = '" + Feedback.hashUser("UPG") + "'")) {
            assertThat(rows.next()).as("the 👎 of an answer given by an instance since stopped").isTrue();
            assertThat(rows.getString(1)).isEqualTo(Feedback.SLACK);
            assertThat(rows.getString(2)).isEqualTo(Feedback.DOWN);
            assertThat(rows.getString(3)).isEqualTo(Feedback.hashUser("UPG"));
            assertThat(rows.getString(4)).isEqualTo(SlackIT.CSE_QUESTION);
            assertThat(rows.getString(5)).contains("L2312-8");
            assertThat(rows.next()).as("one row for one click").isFalse();
        }
    }

    @Test
    void aWebVoteAndASlackVoteLandInTheSameTable() throws Exception {
        String comment = "Vote du chat web " + ts();
        try (ConfigurableApplicationContext app = instance()) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            assertThat(Http.post(port, "/api/feedback", Map.of("vote", "up", "comment", comment, "question", SlackIT.CSE_QUESTION,
                    "answer", "Voici… [1]", "verdict", "answer", "grounded", true)).status()).isEqualTo(201);
            String ts = ts();
            requestsTo(app).event(callback(eventId(), mention("UPGSAME", "CPGSAME", ts, null, SlackIT.CSE_QUESTION)));
            FakeSlack.Call answer = slack.await("chat.postMessage", c -> "CPGSAME".equals(c.param("channel")), 1, Duration.ofSeconds(60)).get(0);
            String value = SlackIT.button(answer.blocks(), AnswerBlocks.FEEDBACK_UP).path("value").asText();
            requestsTo(app).interaction(SlackPayloads.click("UPGSAME", "CPGSAME", AnswerBlocks.FEEDBACK_UP, value, ts, false,
                    slack.responseUrl("pg-same-store")));
            slack.await("response_url", c -> c.param("url").endsWith("pg-same-store"), 1, Duration.ofSeconds(30));

            List<Feedback> stored = app.getBean(FeedbackStore.class).all();
            assertThat(stored).anySatisfy(f -> {
                assertThat(f.channel()).isEqualTo(Feedback.WEB);
                assertThat(f.comment()).isEqualTo(comment);
            }).anySatisfy(f -> {
                assertThat(f.channel()).isEqualTo(Feedback.SLACK);
                assertThat(f.userHash()).isEqualTo(Feedback.hashUser("UPGSAME"));
            });
        }
        try (Connection c = DriverManager.getConnection(TestDatabase.URL, TestDatabase.USER, TestDatabase.PASSWORD);
             ResultSet rows = c.createStatement().executeQuery("SELECT channel, vote FROM " + SCHEMA + ".feedback WHERE comment = '"
                     + comment + "' OR user_hash = '" + Feedback.hashUser("UPGSAME") + "' ORDER BY id")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1) + " " + rows.getString(2)).isEqualTo("web up");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1) + " " + rows.getString(2)).isEqualTo("slack up");
            assertThat(rows.next()).isFalse();
        }
    }
}
