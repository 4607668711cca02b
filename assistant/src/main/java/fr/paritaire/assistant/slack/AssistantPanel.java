package fr.paritaire.assistant.slack;

import fr.paritaire.assistant.role.RoleGuide;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.middleware.builtin.Assistant;
import com.slack.api.model.assistant.AssistantThread;
import com.slack.api.model.assistant.AssistantThreadContext;
import com.slack.api.model.event.MessageEvent;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slack's assistant panel (AI apps), with Bolt's Assistant middleware: a new thread gets a greeting and suggested
 * prompts for the role of the channel it was opened from; a question gets the status "Recherche dans les documents…",
 * a thread title, then the answer in the thread.
 */
final class AssistantPanel {

    private static final int TITLE_LENGTH = 60;

    private final AnswerWorker worker;
    private final WebApi web;
    private final SlackProperties properties;
    private final RoleGuide roles;
    private final Set<String> titled = ConcurrentHashMap.newKeySet();

    AssistantPanel(AnswerWorker worker, WebApi web, SlackProperties properties, RoleGuide roles) {
        this.roles = roles;
        this.worker = worker;
        this.web = web;
        this.properties = properties;
    }

    void register(App app) {
        Assistant assistant = new Assistant(new ThreadContexts(), worker.executor());
        assistant.threadStarted((payload, ctx) -> {
            AssistantThread thread = payload.getEvent().getAssistantThread();
            String key = "thread:" + thread.getChannelId() + ":" + thread.getThreadTs();
            worker.answerOnce(key, payload.getEventId(), () -> greet(thread.getChannelId(), thread.getThreadTs(), ctx));
        });
        assistant.userMessage((payload, ctx) -> {
            MessageEvent event = payload.getEvent();
            String question = SlackText.withoutMentions(event.getText());
            Asked asked = new Asked(Asked.Surface.ASSISTANT, Asked.messageKey(event.getChannel(), event.getTs()),
                    payload.getEventId(), event.getUser(), ctx.getChannelId(), ctx.getThreadTs(), question,
                    properties.roleIn(contextChannel(ctx)), null);
            worker.answerOnce(asked.key(), asked.eventId(), () -> {
                if (titled.add(asked.channel() + ":" + asked.threadTs())) {
                    bestEffort(() -> web.setTitle(asked.channel(), asked.threadTs(), SlackText.cut(question, TITLE_LENGTH)));
                }
                bestEffort(() -> web.setStatus(asked.channel(), asked.threadTs(), SlackTexts.SEARCHING.answering(question)));
                worker.respond(asked);
            });
        });
        assistant.botMessage((payload, ctx) -> {
            // other bots in the thread: not questions
        });
        app.assistant(assistant);
    }

    private void greet(String channel, String threadTs, EventContext ctx) {
        String role = properties.roleIn(contextChannel(ctx));
        web.post(channel, threadTs, SlackTexts.GREETING.in("fr"), List.of(AnswerBlocks.section(SlackTexts.GREETING.in("fr"))));
        List<String> prompts = suggested(role);
        if (!prompts.isEmpty()) web.setSuggestedPrompts(channel, threadTs, SlackTexts.PROMPTS_TITLE.in("fr"), prompts);
    }

    /**
     * The role's starter questions, the same the web chat offers (Slack shows four at most); without a role, the first
     * question of each role.
     */
    private List<String> suggested(String role) {
        List<RoleGuide.RoleCard> cards = roles.roles();
        return cards.stream().filter(c -> c.id().equals(role)).findFirst()
                .map(c -> c.starters().get("fr").stream().limit(4).toList())
                .orElseGet(() -> cards.stream().map(c -> c.starters().get("fr").getFirst()).toList());
    }

    private static String contextChannel(EventContext ctx) {
        AssistantThreadContext context = ctx.getThreadContext();
        return context == null ? null : context.getChannelId();
    }

    /** The status and title only decorate the thread: their failure must not stop the answer. */
    private static void bestEffort(Runnable call) {
        try {
            call.run();
        } catch (SlackCallFailed ignored) {
            // e.g. not an assistant thread (a threaded DM in an app without the assistant feature)
        }
    }
}
