package fr.paritaire.assistant.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;

/**
 * {@code /paritaire <question>}: an answer only the asker sees (through the command's response_url), with a
 * "Publier dans le canal" button.
 */
final class AskCommand {

    static final String COMMAND = "/paritaire";

    private final AnswerWorker worker;
    private final SlackProperties properties;

    AskCommand(AnswerWorker worker, SlackProperties properties) {
        this.worker = worker;
        this.properties = properties;
    }

    void register(App app) {
        app.command(COMMAND, (req, ctx) -> {
            SlashCommandPayload command = req.getPayload();
            String question = command.getText() == null ? "" : command.getText().strip();
            if (question.isEmpty()) return ctx.ack(SlackTexts.EMPTY.in("fr").replace("après la mention", "après /paritaire"));
            worker.submit(new Asked(Asked.Surface.COMMAND, null, command.getTriggerId(), command.getUserId(),
                    command.getChannelId(), null, question, properties.roleIn(command.getChannelId()), command.getResponseUrl()));
            return ctx.ack(SlackTexts.SEARCHING.answering(question));
        });
    }
}
