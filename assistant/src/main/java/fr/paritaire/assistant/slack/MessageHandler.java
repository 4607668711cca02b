package fr.paritaire.assistant.slack;

import com.slack.api.bolt.App;
import com.slack.api.model.event.MessageEvent;

/**
 * Plain messages: a direct message is answered in the DM; a reply in a thread the bot answered continues that
 * conversation; a top-level message is answered only in a channel set to listen to every message. Everything else
 * (other bots, channel chatter, edits and joins, which Bolt routes elsewhere by subtype) is ignored. Messages in
 * assistant threads never get here: {@link AssistantPanel} has them.
 */
final class MessageHandler {

    private final AnswerWorker worker;
    private final SlackLedger ledger;
    private final SlackProperties properties;

    MessageHandler(AnswerWorker worker, SlackLedger ledger, SlackProperties properties) {
        this.worker = worker;
        this.ledger = ledger;
        this.properties = properties;
    }

    void register(App app) {
        app.event(MessageEvent.class, (payload, ctx) -> {
            MessageEvent event = payload.getEvent();
            if (event.getBotId() != null || event.getUser() == null || event.getText() == null) return ctx.ack();
            String channel = event.getChannel();
            String key = Asked.messageKey(channel, event.getTs());
            String question = SlackText.withoutMentions(event.getText());
            String mention = ctx.getBotUserId() == null ? null : "<@" + ctx.getBotUserId() + ">";
            boolean mentionsBot = mention != null && event.getText().contains(mention);
            if ("im".equals(event.getChannelType())) {
                worker.submit(new Asked(Asked.Surface.DIRECT_MESSAGE, key, payload.getEventId(), event.getUser(), channel,
                        event.getThreadTs(), question, properties.roleIn(channel), null));
            } else if (!properties.answersIn(channel) || mentionsBot) {
                return ctx.ack(); // mentions are answered from their app_mention event
            } else if (event.getThreadTs() != null && !event.getThreadTs().equals(event.getTs())) {
                Asked asked = new Asked(Asked.Surface.THREAD_REPLY, key, payload.getEventId(), event.getUser(), channel,
                        event.getThreadTs(), question, properties.roleIn(channel), null);
                worker.later(() -> {
                    if (ledger.isAnsweredThread(channel, event.getThreadTs())) worker.answer(asked);
                });
            } else if (properties.listensTo(channel)) {
                worker.submit(new Asked(Asked.Surface.MENTION, key, payload.getEventId(), event.getUser(), channel,
                        event.getTs(), question, properties.roleIn(channel), null));
            }
            return ctx.ack();
        });
    }
}
