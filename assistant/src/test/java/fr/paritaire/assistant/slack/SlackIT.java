package fr.paritaire.assistant.slack;

import static fr.paritaire.assistant.slack.SlackPayloads.callback;
import static fr.paritaire.assistant.slack.SlackPayloads.eventId;
import static fr.paritaire.assistant.slack.SlackPayloads.mention;
import static fr.paritaire.assistant.slack.SlackPayloads.message;
import static fr.paritaire.assistant.slack.SlackPayloads.ts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.paritaire.assistant.Http;
import fr.paritaire.assistant.feedback.Feedback;
import fr.paritaire.assistant.feedback.FeedbackStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Slack, offline but for real: signed HTTP requests in Slack's payload shapes to the running app, whose Web API calls
 * go to {@link FakeSlack}. Every test uses its own channel or thread, so they do not see each other's calls.
 */
class SlackIT extends SlackTestApp {

    static final String CSE_QUESTION = "Le CSE doit-il être consulté avant l'introduction d'un outil d'IA ?";
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);
    @Autowired
    FeedbackStore feedback;

    private List<FakeSlack.Call> postsIn(String channel, String threadTs) {
        return SLACK.calls("chat.postMessage", c -> channel.equals(c.param("channel")) && Objects.equals(threadTs, c.param("thread_ts")));
    }

    private FakeSlack.Call awaitPost(String channel, String threadTs) throws InterruptedException {
        List<FakeSlack.Call> posts = SLACK.await("chat.postMessage",
                c -> channel.equals(c.param("channel")) && Objects.equals(threadTs, c.param("thread_ts")), 1, ANSWER_TIMEOUT);
        assertThat(posts).as("an answer in %s / thread %s", channel, threadTs).isNotEmpty();
        return posts.get(0);
    }

    @Test
    void aMentionIsAnsweredInItsThreadWithQuotedSourcesAndFeedbackButtons() throws Exception {
        String ts = ts();
        SignedRequests.Ack ack = slack().event(callback(eventId(), mention("UDELEGATE1", "CMENTION", ts, null, CSE_QUESTION)));
        assertThat(ack.status()).isEqualTo(200);
        assertThat(ack.millis()).as("acknowledged at once").isLessThan(3000);

        FakeSlack.Call answer = awaitPost("CMENTION", ts);
        String shown = answer.shown();
        assertThat(shown).contains("*Sources*").contains("[1] ").contains("L2312-8").contains("> ");
        // Each source says what binds: the labour-code article quoted in the guide's annex is the law.
        assertThat(shown).contains("(loi)");
        assertThat(shown).doesNotContain("Réponse non fondée");
        JsonNode actions = answer.blocks().findParent("elements");
        assertThat(answer.blocks().toString()).contains(AnswerBlocks.FEEDBACK_UP, AnswerBlocks.FEEDBACK_DOWN)
                .contains("https://paritaire.example.org/?q=").doesNotContain(AnswerBlocks.PUBLISH);
        assertThat(actions).isNotNull();
        assertThat(answer.param("text")).as("notification text").isNotBlank();
        for (JsonNode block : answer.blocks()) {
            assertThat(block.path("text").path("text").asText().length()).isLessThanOrEqualTo(3000);
        }
        assertThat(answer.blocks().size()).isLessThanOrEqualTo(50);
    }

    @Test
    void anOffTopicQuestionIsMarkedAsNotGroundedInTheLanguageOfTheQuestion() throws Exception {
        String ts = ts();
        slack().event(callback(eventId(), mention("UDELEGATE2", "COFFTOPIC", ts, null, "Quelle est la recette de la pâte à crêpes ?")));
        assertThat(awaitPost("COFFTOPIC", ts).shown()).contains("Réponse non fondée sur les documents").contains("ne traitent pas");

        String english = ts();
        slack().event(callback(eventId(), mention("UDELEGATE2", "COFFTOPIC", english, null, "What is the best recipe for pancakes?")));
        assertThat(awaitPost("COFFTOPIC", english).shown()).contains("Not grounded in the documents");
    }

    @Test
    void slackRetriesAndTheSameMessageSeenTwiceAreAnsweredOnce() throws Exception {
        String ts = ts();
        String id = eventId();
        String body = callback(id, mention("UDELEGATE3", "CRETRY", ts, null, CSE_QUESTION));
        assertThat(slack().event(body).status()).isEqualTo(200);
        assertThat(slack().retry(body, 1).status()).isEqualTo(200);
        assertThat(slack().retry(body, 2).status()).isEqualTo(200);
        // the same message also arrives as message.channels when the app subscribes to it
        slack().event(callback(eventId(), message("UDELEGATE3", "CRETRY", "channel", ts, null, "<@" + FakeSlack.BOT_USER + "> " + CSE_QUESTION)));

        awaitPost("CRETRY", ts);
        Thread.sleep(1500);
        assertThat(postsIn("CRETRY", ts)).as("answered exactly once").hasSize(1);
        assertThat(Files.readString(Path.of(DATA_DIR, "slack", "events.log"))).contains("msg:CRETRY:" + ts + "\t").contains(id);
    }

    @Test
    void botsOwnMessagesChannelChatterEditsAndJoinsAreIgnored() throws Exception {
        String channel = "CIGNORE";
        slack().event(callback(eventId(), SlackPayloads.botMessage("BOTHER", channel, ts(), "<@" + FakeSlack.BOT_USER + "> " + CSE_QUESTION)));
        slack().event(callback(eventId(), SlackPayloads.appMessage(FakeSlack.OTHER_BOT_USER, "BOTHER", channel, "channel", ts(), CSE_QUESTION)));
        slack().event(callback(eventId(), SlackPayloads.appMessage(FakeSlack.BOT_USER, FakeSlack.BOT_ID, "DSELF", "im", ts(), CSE_QUESTION)));
        slack().event(callback(eventId(), message("UCHATTER", channel, "channel", ts(), null, CSE_QUESTION)));
        slack().event(callback(eventId(), SlackPayloads.edited("UCHATTER", channel, ts(), CSE_QUESTION)));
        slack().event(callback(eventId(), SlackPayloads.joined("UNEWCOMER", channel, ts())));
        SignedRequests.Ack otherBotMention = slack().event(callback(eventId(), botMention(channel)));
        assertThat(otherBotMention.status()).isEqualTo(200);

        String sentinel = ts();
        slack().event(callback(eventId(), mention("UCHATTER", "CSENTINEL", sentinel, null, CSE_QUESTION)));
        awaitPost("CSENTINEL", sentinel);
        Thread.sleep(500);
        assertThat(SLACK.calls("chat.postMessage", c -> channel.equals(c.param("channel")) || "DSELF".equals(c.param("channel"))))
                .as("nothing answered to bots, chatter, edits or joins").isEmpty();
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode botMention(String channel) {
        com.fasterxml.jackson.databind.node.ObjectNode event = mention(FakeSlack.OTHER_BOT_USER, channel, ts(), null, CSE_QUESTION);
        event.put("bot_id", "BOTHER");
        return event;
    }

    @Test
    void aDirectMessageIsAnsweredInTheDirectMessage() throws Exception {
        String ts = ts();
        slack().event(callback(eventId(), message("UDM", "DDIRECT", "im", ts, null, CSE_QUESTION)));
        FakeSlack.Call answer = awaitPost("DDIRECT", null);
        assertThat(answer.shown()).contains("L2312-8");
    }

    @Test
    void aReplyInAThreadTheBotAnsweredContinuesTheConversationOthersAreIgnored() throws Exception {
        String thread = ts();
        slack().event(callback(eventId(), mention("UTHREAD", "CTHREAD", thread, null, CSE_QUESTION)));
        awaitPost("CTHREAD", thread);

        slack().event(callback(eventId(), message("UTHREAD", "CTHREAD", "channel", ts(), thread, "Et quel article du code du travail le prévoit ?")));
        List<FakeSlack.Call> inThread = SLACK.await("chat.postMessage",
                c -> "CTHREAD".equals(c.param("channel")) && thread.equals(c.param("thread_ts")), 2, ANSWER_TIMEOUT);
        assertThat(inThread).as("the follow-up answered in the same thread").hasSize(2);
        assertThat(inThread.get(1).shown()).as("a follow-up of the CSE question: an article of the labour code's CSE part")
                .contains("*Sources*").contains("L2312-");

        String strangers = ts();
        slack().event(callback(eventId(), message("UTHREAD", "CTHREAD", "channel", ts(), strangers, CSE_QUESTION)));
        Thread.sleep(1500);
        assertThat(postsIn("CTHREAD", strangers)).as("a thread the bot never answered").isEmpty();
    }

    @Test
    void aChannelSetToListenAnswersEveryTopLevelMessage() throws Exception {
        String ts = ts();
        slack().event(callback(eventId(), message("ULISTEN", "CLISTEN", "channel", ts, null, CSE_QUESTION)));
        assertThat(awaitPost("CLISTEN", ts).shown()).contains("L2312-8");
    }

    @Test
    void theAssistantPanelSuggestsPromptsShowsAStatusTitlesTheThreadAndAnswers() throws Exception {
        String dm = "DASSIST";
        String thread = ts();
        slack().event(callback(eventId(), SlackPayloads.assistantThreadStarted("UASSIST", dm, thread, "CEMPLOYER")));
        FakeSlack.Call prompts = SLACK.await("assistant.threads.setSuggestedPrompts", c -> thread.equals(c.param("thread_ts")), 1, ANSWER_TIMEOUT).get(0);
        assertThat(prompts.param("channel_id")).isEqualTo(dm);
        assertThat(prompts.param("prompts")).as("the employer's prompts (the thread was opened from an employer channel)")
                .contains("Quelles sont mes obligations avant de déployer");
        assertThat(awaitPost(dm, thread).shown()).contains("Bonjour");

        String question = ts();
        slack().event(callback(eventId(), message("UASSIST", dm, "im", question, thread, CSE_QUESTION)));
        List<FakeSlack.Call> posts = SLACK.await("chat.postMessage", c -> dm.equals(c.param("channel")) && thread.equals(c.param("thread_ts")), 2, ANSWER_TIMEOUT);
        assertThat(posts).hasSize(2);
        FakeSlack.Call status = SLACK.calls("assistant.threads.setStatus", c -> thread.equals(c.param("thread_ts"))).get(0);
        assertThat(status.param("status")).isEqualTo("Recherche dans les documents…");
        assertThat(status.atNanos()).as("status before the answer").isLessThan(posts.get(1).atNanos());
        assertThat(SLACK.calls("assistant.threads.setTitle", c -> thread.equals(c.param("thread_ts"))).get(0).param("title"))
                .startsWith("Le CSE doit-il être consulté");
        assertThat(posts.get(1).shown()).contains("L2312-8").contains("> ");
    }

    @Test
    void theSlashCommandAnswersOnlyTheAskerAndPublishesOnRequest() throws Exception {
        String responseUrl = SLACK.responseUrl("command-" + ts());
        SignedRequests.Ack ack = slack().form(SlackPayloads.slashCommand("USLASH", "CSLASH", CSE_QUESTION, responseUrl));
        assertThat(ack.status()).isEqualTo(200);
        assertThat(ack.body()).contains("Recherche dans les documents");

        FakeSlack.Call ephemeral = SLACK.await("response_url", c -> responseUrl.endsWith(c.param("url")), 1, ANSWER_TIMEOUT).get(0);
        assertThat(ephemeral.param("response_type")).isEqualTo("ephemeral");
        assertThat(ephemeral.shown()).contains("L2312-8");
        String value = button(ephemeral.blocks(), AnswerBlocks.PUBLISH).path("value").asText();
        assertThat(postsIn("CSLASH", null)).as("nobody else sees it yet").isEmpty();

        String clickUrl = SLACK.responseUrl("publish-" + ts());
        assertThat(slack().interaction(SlackPayloads.click("USLASH", "CSLASH", AnswerBlocks.PUBLISH, value, ts(), true, clickUrl)).status()).isEqualTo(200);
        FakeSlack.Call published = awaitPost("CSLASH", null);
        assertThat(published.shown()).contains("L2312-8").contains("<@USLASH>");
        assertThat(published.blocks().toString()).doesNotContain(AnswerBlocks.PUBLISH);
        JsonNode delete = SLACK.await("response_url", c -> clickUrl.endsWith(c.param("url")), 1, ANSWER_TIMEOUT).get(0).json();
        assertThat(delete.path("delete_original").asBoolean()).as("the private copy removed").isTrue();
    }

    @Test
    void publishingInAChannelTheBotIsNotInSaysSoToTheAsker() throws Exception {
        String channel = FakeSlack.NOT_IN_CHANNEL + "1";
        String responseUrl = SLACK.responseUrl("command-" + ts());
        slack().form(SlackPayloads.slashCommand("USLASH2", channel, CSE_QUESTION, responseUrl));
        FakeSlack.Call ephemeral = SLACK.await("response_url", c -> responseUrl.endsWith(c.param("url")), 1, ANSWER_TIMEOUT).get(0);
        String value = button(ephemeral.blocks(), AnswerBlocks.PUBLISH).path("value").asText();

        String clickUrl = SLACK.responseUrl("publish-" + ts());
        slack().interaction(SlackPayloads.click("USLASH2", channel, AnswerBlocks.PUBLISH, value, ts(), true, clickUrl));
        JsonNode told = SLACK.await("response_url", c -> clickUrl.endsWith(c.param("url")), 1, ANSWER_TIMEOUT).get(0).json();
        assertThat(told.path("text").asText()).contains("invitez-moi");
        assertThat(told.path("delete_original").asBoolean()).as("the private answer is kept").isFalse();
    }

    /** Mentions the bot, clicks 👍 under its answer and waits for the thanks: the vote has been stored by then. */
    private void thumbsUp(String user, String channel) throws Exception {
        String ts = ts();
        slack().event(callback(eventId(), mention(user, channel, ts, null, CSE_QUESTION)));
        FakeSlack.Call answer = awaitPost(channel, ts);
        String value = button(answer.blocks(), AnswerBlocks.FEEDBACK_UP).path("value").asText();

        String clickUrl = SLACK.responseUrl("feedback-" + ts);
        assertThat(slack().interaction(SlackPayloads.click(user, channel, AnswerBlocks.FEEDBACK_UP, value, "1.2", false, clickUrl)).status())
                .isEqualTo(200);
        assertThat(SLACK.await("response_url", c -> clickUrl.endsWith(c.param("url")), 1, ANSWER_TIMEOUT).get(0).param("text"))
                .isEqualTo("Merci pour votre retour !");
    }

    private Feedback votedBy(String user) {
        return feedback.all().stream().filter(f -> Feedback.hashUser(user).equals(f.userHash())).findFirst()
                .orElseThrow(() -> new AssertionError("no vote by " + user + " in the feedback store"));
    }

    @Test
    void aThumbsUpIsStoredWithQuestionAnswerCitationsAndAHashedUser() throws Exception {
        thumbsUp("UFEEDBACK", "CFEEDBACK");

        Feedback vote = votedBy("UFEEDBACK");
        assertThat(vote.channel()).isEqualTo(Feedback.SLACK);
        assertThat(vote.vote()).isEqualTo(Feedback.UP);
        assertThat(vote.question()).isEqualTo(CSE_QUESTION);
        assertThat(vote.answer()).isNotBlank();
        assertThat(vote.verdict()).isEqualTo("answer");
        assertThat(vote.citations()).anySatisfy(c -> {
            assertThat(c.article()).isEqualTo("L2312-8");
            assertThat(c.quote()).isNotBlank();
            assertThat(c.passageId()).isNotBlank();
        });
        assertThat(vote.userHash()).hasSize(64);
        assertThat(Files.readString(Path.of(DATA_DIR, "feedback.jsonl"), StandardCharsets.UTF_8))
                .as("the shared store's file").contains(vote.userHash()).doesNotContain("UFEEDBACK");
        assertThat(Path.of(DATA_DIR, "slack", "feedback.jsonl")).as("no Slack-only feedback file any more").doesNotExist();
    }

    @Test
    void aWebVoteAndASlackVoteLandInTheSameStore() throws Exception {
        String comment = "Vote du chat web " + ts();
        Http.Reply web = Http.post(port, "/api/feedback", Map.of("vote", "down", "comment", comment,
                "question", CSE_QUESTION, "answer", "Voici… [1]", "verdict", "answer", "grounded", true));
        assertThat(web.status()).isEqualTo(201);
        thumbsUp("USAMESTORE", "CSAMESTORE");

        Feedback fromWeb = feedback.all().stream().filter(f -> comment.equals(f.comment())).findFirst().orElseThrow();
        Feedback fromSlack = votedBy("USAMESTORE");
        assertThat(fromWeb.channel()).isEqualTo(Feedback.WEB);
        assertThat(fromWeb.vote()).isEqualTo(Feedback.DOWN);
        assertThat(fromWeb.userHash()).isNull();
        assertThat(fromSlack.channel()).isEqualTo(Feedback.SLACK);
        assertThat(fromSlack.vote()).isEqualTo(Feedback.UP);
        assertThat(Files.readAllLines(Path.of(DATA_DIR, "feedback.jsonl"), StandardCharsets.UTF_8))
                .as("both in the one file of the embedded store")
                .anySatisfy(line -> assertThat(line).contains(comment).contains("\"channel\":\"web\""))
                .anySatisfy(line -> assertThat(line).contains(fromSlack.userHash()).contains("\"channel\":\"slack\""));
    }

    @Test
    void aWrongSignatureOrAStaleTimestampGets401AndNoAnswer() throws Exception {
        String forged = ts();
        String body = callback(eventId(), mention("UFORGER", "CFORGED", forged, null, CSE_QUESTION));
        assertThat(slack().signedWith("not-the-secret", body).status()).isEqualTo(401);
        assertThat(slack().sentAt(SignedRequests.epochSeconds() - 6 * 60, body).status()).isEqualTo(401);
        Thread.sleep(1000);
        assertThat(SLACK.calls("chat.postMessage", c -> "CFORGED".equals(c.param("channel")))).isEmpty();
    }

    @Test
    void aTooLongQuestionGetsAShortMessageNeverSilence() throws Exception {
        String ts = ts();
        slack().event(callback(eventId(), mention("ULONG", "CLONG", ts, null, "Pourquoi ? ".repeat(500))));
        assertThat(awaitPost("CLONG", ts).shown()).contains("Je ne peux pas traiter cette question").contains("too long");
    }

    @Test
    void beyondTheRatePerUserTheAskerIsAskedPolitelyToWait() throws Exception {
        for (int i = 0; i < 5; i++) {
            String ts = ts();
            slack().event(callback(eventId(), mention("URATE", "CRATE", ts, null, CSE_QUESTION)));
            awaitPost("CRATE", ts);
        }
        String sixth = ts();
        slack().event(callback(eventId(), mention("URATE", "CRATE", sixth, null, CSE_QUESTION)));
        assertThat(awaitPost("CRATE", sixth).shown()).contains("beaucoup de questions");
    }

    @Test
    void aWebApi429IsRetriedAfterItsRetryAfter() throws Exception {
        String ts = ts();
        SLACK.tooManyRequests("chat.postMessage", "C429", 1);
        slack().event(callback(eventId(), mention("U429", "C429", ts, null, CSE_QUESTION)));
        List<FakeSlack.Call> attempts = SLACK.await("chat.postMessage", c -> "C429".equals(c.param("channel")), 2, ANSWER_TIMEOUT);
        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(1).atNanos() - attempts.get(0).atNanos()).as("waited Retry-After: 1").isGreaterThanOrEqualTo(950_000_000L);
    }

    static JsonNode button(JsonNode blocks, String actionId) {
        for (JsonNode block : blocks) {
            for (JsonNode element : block.path("elements")) {
                if (actionId.equals(element.path("action_id").asText())) return element;
            }
        }
        throw new AssertionError("no button " + actionId + " in " + blocks);
    }
}
