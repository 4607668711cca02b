package fr.paritaire.assistant.slack;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppMentionEvent;

/** {@code @Paritaire question} in a channel: answered in that message's thread. */
final class MentionHandler {

    private final AnswerWorker worker;
    private final SlackProperties properties;

    MentionHandler(AnswerWorker worker, SlackProperties properties) {
        this.worker = worker;
        this.properties = properties;
    }

    void register(App app) {
        app.event(AppMentionEvent.class, (payload, ctx) -> {
            AppMentionEvent event = payload.getEvent();
            boolean ignored = event.getBotId() != null || event.getSubtype() != null || event.getEdited() != null
                    || !properties.answersIn(event.getChannel());
            if (!ignored) {
                String thread = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
                worker.submit(new Asked(Asked.Surface.MENTION, Asked.messageKey(event.getChannel(), event.getTs()),
                        payload.getEventId(), event.getUser(), event.getChannel(), thread,
                        SlackText.withoutMentions(event.getText()), properties.roleIn(event.getChannel()), null));
            }
            return ctx.ack();
        });
    }
}
