package fr.paritaire.assistant.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.App;
import com.slack.api.model.block.LayoutBlock;
import fr.paritaire.assistant.feedback.FeedbackStore;
import java.util.ArrayList;
import java.util.List;

/**
 * The buttons under an answer: 👍/👎 (kept in the feedback store shared with the web, with the question, answer and
 * citations, the user hashed), "Publier dans le canal" (the asker's private answer posted for everyone) and the
 * web-chat link (nothing to do but acknowledge).
 */
final class AnswerButtons {

    private final AnswerWorker worker;
    private final WebApi web;
    private final FeedbackStore feedback;
    private final RecentReplies recent;
    private final SlackAnswers answers;
    private final SlackProperties properties;

    AnswerButtons(AnswerWorker worker, WebApi web, FeedbackStore feedback, RecentReplies recent, SlackAnswers answers,
                  SlackProperties properties) {
        this.worker = worker;
        this.web = web;
        this.feedback = feedback;
        this.recent = recent;
        this.answers = answers;
        this.properties = properties;
    }

    void register(App app) {
        app.blockAction(AnswerBlocks.FEEDBACK_UP, (req, ctx) -> {
            worker.later(() -> orSaySo(req.getPayload(), () -> feedback(req.getPayload(), true)));
            return ctx.ack();
        });
        app.blockAction(AnswerBlocks.FEEDBACK_DOWN, (req, ctx) -> {
            worker.later(() -> orSaySo(req.getPayload(), () -> feedback(req.getPayload(), false)));
            return ctx.ack();
        });
        app.blockAction(AnswerBlocks.PUBLISH, (req, ctx) -> {
            worker.later(() -> orSaySo(req.getPayload(), () -> publish(req.getPayload())));
            return ctx.ack();
        });
        app.blockAction(AnswerBlocks.OPEN_WEB, (req, ctx) -> ctx.ack());
    }

    /** A click that fails gets a short private message, not silence. */
    private void orSaySo(BlockActionPayload payload, Runnable click) {
        try {
            click.run();
        } catch (RuntimeException e) {
            if (payload.getResponseUrl() == null) throw e;
            web.respond(payload.getResponseUrl(), ActionResponse.builder().responseType("ephemeral").replaceOriginal(false)
                    .text(SlackTexts.FAILED.in("fr")).build());
            throw e;
        }
    }

    private void feedback(BlockActionPayload payload, boolean helpful) {
        SlackReply reply = replyOf(payload);
        feedback.save(SlackVote.of(reply, helpful, payload.getUser().getId()));
        if (payload.getResponseUrl() != null) {
            web.respond(payload.getResponseUrl(), ActionResponse.builder().responseType("ephemeral")
                    .replaceOriginal(false).text(SlackTexts.THANKS.in(reply.language())).build());
        }
    }

    private void publish(BlockActionPayload payload) {
        SlackReply reply = replyOf(payload);
        List<LayoutBlock> blocks = new ArrayList<>(AnswerBlocks.of(reply, false, properties.publicUrl()));
        blocks.add(0, AnswerBlocks.context(SlackTexts.PUBLISHED.in(reply.language(), payload.getUser().getId())));
        try {
            web.post(channelOf(payload), null, AnswerBlocks.fallback(reply), blocks);
        } catch (SlackCallFailed e) {
            // typically not_in_channel: say so to the asker rather than leave the button doing nothing
            web.respond(payload.getResponseUrl(), ActionResponse.builder().responseType("ephemeral").replaceOriginal(false)
                    .text(SlackTexts.CANNOT_PUBLISH.in(reply.language())).build());
            return;
        }
        web.respond(payload.getResponseUrl(), ActionResponse.builder().deleteOriginal(true).build());
    }

    /** The reply the button belongs to; rebuilt from the question it carries when this instance no longer has it. */
    private SlackReply replyOf(BlockActionPayload payload) {
        ButtonValue value = ButtonValue.parse(payload.getActions().get(0).getValue());
        return recent.get(value.replyId()).orElseGet(() -> {
            SlackReply again = answers.ask(value.question(), value.role(), null);
            return new SlackReply(value.replyId(), again.question(), again.role(), again.language(), again.text(),
                    again.grounded(), again.partial(), again.missing(), again.sources(), again.conversationId());
        });
    }

    private static String channelOf(BlockActionPayload payload) {
        return payload.getChannel() != null ? payload.getChannel().getId() : null;
    }
}
