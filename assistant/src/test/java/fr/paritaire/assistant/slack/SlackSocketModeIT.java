package fr.paritaire.assistant.slack;

import static fr.paritaire.assistant.slack.SlackPayloads.callback;
import static fr.paritaire.assistant.slack.SlackPayloads.eventId;
import static fr.paritaire.assistant.slack.SlackPayloads.mention;
import static fr.paritaire.assistant.slack.SlackPayloads.ts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Socket Mode: the app asked the fake Web API for a WebSocket URL (apps.connections.open), connected to
 * {@link FakeSocketMode}, got {@code hello}; envelopes sent over it are acknowledged with their envelope_id and answered
 * through the Web API like HTTP events.
 */
class SlackSocketModeIT extends SlackTestApp {

    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void connected() throws InterruptedException {
        assertThat(SOCKET.awaitConnected(Duration.ofSeconds(30))).as("the app connected over Socket Mode").isTrue();
        assertThat(SLACK.calls("apps.connections.open")).isNotEmpty();
    }

    @Test
    void anEventsApiEnvelopeIsAcknowledgedAtOnceAndTheMentionAnsweredInItsThread() throws Exception {
        String ts = ts();
        JsonNode payload = JSON.readTree(callback(eventId(), mention("USOCKET", "CSOCKET", ts, null, SlackIT.CSE_QUESTION)));
        long sent = SOCKET.send("env-events-1", "events_api", payload);
        FakeSocketMode.Ack ack = SOCKET.awaitAck("env-events-1", Duration.ofSeconds(3));
        assertThat(ack).as("acknowledged within 3 s").isNotNull();
        assertThat(ack.atNanos() - sent).isLessThan(3_000_000_000L);

        List<FakeSlack.Call> answers = SLACK.await("chat.postMessage",
                c -> "CSOCKET".equals(c.param("channel")) && ts.equals(c.param("thread_ts")), 1, SlackIT.ANSWER_TIMEOUT);
        assertThat(answers).hasSize(1);
        assertThat(answers.get(0).shown()).contains("L2312-8").contains("> ");
    }

    @Test
    void aSlashCommandEnvelopeIsAcknowledgedWithItsPayloadAndAnsweredThroughItsResponseUrl() throws Exception {
        String responseUrl = SLACK.responseUrl("socket-command-" + ts());
        Map<String, String> command = SlackPayloads.slashCommand("USOCKET", "CSOCKETCMD", SlackIT.CSE_QUESTION, responseUrl);
        SOCKET.send("env-command-1", "slash_commands", JSON.valueToTree(command));
        FakeSocketMode.Ack ack = SOCKET.awaitAck("env-command-1", Duration.ofSeconds(3));
        assertThat(ack).isNotNull();
        assertThat(ack.json().path("payload").toString()).contains("Recherche dans les documents");
        FakeSlack.Call answer = SLACK.await("response_url", c -> responseUrl.endsWith(c.param("url")), 1, SlackIT.ANSWER_TIMEOUT).get(0);
        assertThat(answer.shown()).contains("L2312-8");
    }

    @Test
    void anInteractiveEnvelopeIsAcknowledged() throws Exception {
        String click = SlackPayloads.click("USOCKET", "CSOCKET", AnswerBlocks.OPEN_WEB, null, ts(), false, SLACK.responseUrl("open"));
        SOCKET.send("env-interactive-1", "interactive", JSON.readTree(click));
        assertThat(SOCKET.awaitAck("env-interactive-1", Duration.ofSeconds(3))).isNotNull();
    }
}
