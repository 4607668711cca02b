package fr.paritaire.assistant.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Streaming an answer through the real Web API client, against {@link FakeSlack}. */
class StreamedMessageTest {

    static FakeSlack fake;
    static Slack slack;
    static WebApi web;

    @BeforeAll
    static void slack() {
        fake = new FakeSlack();
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(fake.apiBaseUrl());
        config.setStatsEnabled(false);
        slack = Slack.getInstance(config);
        web = new WebApi(slack, properties());
    }

    @AfterAll
    static void close() throws Exception {
        slack.close();
        fake.close();
    }

    static SlackProperties properties() {
        return new SlackProperties("xoxb-test", "secret", null, fake.apiBaseUrl(), "/slack/events", 1, 10,
                Duration.ofMinutes(1), 3, Duration.ofSeconds(30), List.of(), List.of(), Map.of(), null, null,
                Duration.ofDays(7), 100, Duration.ofMillis(200), Duration.ofMillis(200));
    }

    @Test
    void aSlowAnswerIsPostedAfterTheDelayUpdatedAsItGrowsAndReplacedByTheWholeAnswer() throws Exception {
        StreamedMessage stream = new StreamedMessage(web, "CSTREAM", "1.1", Duration.ofMillis(200), Duration.ofMillis(200));
        stream.accept("Voici ce que disent les documents :\n");
        assertThat(fake.calls("chat.postMessage", c -> "CSTREAM".equals(c.param("channel")))).as("quick so far: nothing yet").isEmpty();
        Thread.sleep(250);
        stream.accept("– « Le comité est consulté. » [1]\n");
        Thread.sleep(250);
        stream.accept("– « Il rend un avis. » [2]\n");
        stream.finish("whole answer", List.of(AnswerBlocks.section("*Réponse complète* [1] [2]")));

        List<FakeSlack.Call> posts = fake.calls("chat.postMessage", c -> "CSTREAM".equals(c.param("channel")));
        assertThat(posts).hasSize(1);
        assertThat(posts.get(0).param("thread_ts")).isEqualTo("1.1");
        assertThat(posts.get(0).shown()).contains("Le comité est consulté").doesNotContain("Il rend un avis").contains(" …");
        List<FakeSlack.Call> updates = fake.calls("chat.update", c -> "CSTREAM".equals(c.param("channel")));
        assertThat(updates).hasSize(2);
        assertThat(updates.get(0).shown()).contains("Il rend un avis");
        assertThat(updates.get(1).shown()).contains("*Réponse complète*");
        assertThat(updates).allSatisfy(u -> assertThat(u.param("ts")).as("the streamed message, updated in place").isNotBlank());
    }

    @Test
    void aQuickAnswerIsOneMessage() {
        StreamedMessage stream = new StreamedMessage(web, "CQUICK", null, Duration.ofSeconds(5), Duration.ofSeconds(1));
        stream.accept("Réponse. [1]");
        stream.finish("Réponse. [1]", List.of(AnswerBlocks.section("Réponse. [1]")));
        assertThat(fake.calls("chat.postMessage", c -> "CQUICK".equals(c.param("channel")))).hasSize(1);
        assertThat(fake.calls("chat.update", c -> "CQUICK".equals(c.param("channel")))).isEmpty();
    }
}
