package fr.paritaire.assistant.slack;

import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.ActionResponseSender;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.model.assistant.SuggestedPrompt;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * The Web API calls the Slack channel makes, each retried after its Retry-After when Slack answers 429 (up to
 * {@code paritaire.slack.max-rate-limit-retries}); a call Slack refuses is a {@link SlackCallFailed}.
 */
class WebApi {

    @FunctionalInterface
    interface Call<T> {
        T run(MethodsClient client) throws IOException, SlackApiException;
    }

    private final MethodsClient client;
    private final ActionResponseSender responses;
    private final SlackProperties properties;

    WebApi(Slack slack, SlackProperties properties) {
        this.client = slack.methods(properties.botToken());
        this.responses = new ActionResponseSender(slack);
        this.properties = properties;
    }

    /** Posts a message (in a thread when {@code threadTs} is set) and returns its ts. */
    String post(String channel, String threadTs, String text, List<LayoutBlock> blocks) {
        return call("chat.postMessage", c -> c.chatPostMessage(r -> r.channel(channel).threadTs(threadTs).text(text)
                .blocks(blocks).unfurlLinks(false).unfurlMedia(false))).getTs();
    }

    void update(String channel, String ts, String text, List<LayoutBlock> blocks) {
        call("chat.update", c -> c.chatUpdate(r -> r.channel(channel).ts(ts).text(text).blocks(blocks)));
    }

    void setStatus(String channel, String threadTs, String status) {
        call("assistant.threads.setStatus", c -> c.assistantThreadsSetStatus(r -> r.channelId(channel).threadTs(threadTs).status(status)));
    }

    void setTitle(String channel, String threadTs, String title) {
        call("assistant.threads.setTitle", c -> c.assistantThreadsSetTitle(r -> r.channelId(channel).threadTs(threadTs).title(title)));
    }

    void setSuggestedPrompts(String channel, String threadTs, String title, List<String> prompts) {
        List<SuggestedPrompt> suggested = prompts.stream().limit(4).map(SuggestedPrompt::create).toList();
        call("assistant.threads.setSuggestedPrompts", c -> c.assistantThreadsSetSuggestedPrompts(r -> r
                .channelId(channel).threadTs(threadTs).title(title).prompts(suggested)));
    }

    /** Answers through a slash command's or button's response_url (ephemeral unless said otherwise). */
    void respond(String responseUrl, ActionResponse response) {
        try {
            WebhookResponse sent = responses.send(responseUrl, response);
            if (sent.getCode() != 200) throw new SlackCallFailed("response_url", "HTTP " + sent.getCode() + " " + sent.getBody());
        } catch (IOException e) {
            throw new SlackCallFailed("response_url", e);
        }
    }

    <T extends SlackApiTextResponse> T call(String method, Call<T> call) {
        for (int attempt = 0; ; attempt++) {
            try {
                T response = call.run(client);
                if (!response.isOk()) throw new SlackCallFailed(method, response.getError());
                return response;
            } catch (SlackApiException e) {
                if (e.getResponse().code() != 429 || attempt >= properties.maxRateLimitRetries()) {
                    throw new SlackCallFailed(method, "HTTP " + e.getResponse().code() + " " + e.getResponseBody());
                }
                sleep(retryAfter(e));
            } catch (IOException e) {
                throw new SlackCallFailed(method, e);
            }
        }
    }

    private Duration retryAfter(SlackApiException e) {
        String header = e.getResponse().header("Retry-After");
        Duration wait;
        try {
            wait = Duration.ofSeconds(header == null ? 1 : Long.parseLong(header.strip()));
        } catch (NumberFormatException notSeconds) {
            wait = Duration.ofSeconds(1);
        }
        return wait.compareTo(properties.maxRetryAfter()) > 0 ? properties.maxRetryAfter() : wait;
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SlackCallFailed("rate-limit wait", e);
        }
    }
}
