package fr.paritaire.assistant.slack;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Slack channel's knobs ({@code paritaire.slack.*}, profile {@code slack}).
 *
 * @param botToken {@code SLACK_BOT_TOKEN} (xoxb-…)
 * @param signingSecret {@code SLACK_SIGNING_SECRET}: HTTP requests whose signature does not match it, or older than
 *                      5 minutes, get a 401
 * @param appToken {@code SLACK_APP_TOKEN} (xapp-…): when set, Socket Mode (no public URL needed)
 * @param apiBaseUrl the Web API base URL (tests point it at a local server)
 * @param path where Slack posts events, slash commands and interactivity (HTTP mode)
 * @param workers threads answering questions; the HTTP request only acknowledges
 * @param questionsPerUser questions one user may ask per {@code rateWindow}; beyond, a polite "wait a moment"
 * @param rateWindow the window of that per-user rate
 * @param maxRateLimitRetries how many times a Web API call answered 429 is retried after its Retry-After
 * @param maxRetryAfter the longest Retry-After honoured (a longer one is cut to this)
 * @param channels the channels where the bot answers (empty: every channel it is invited to)
 * @param listenChannels channels where every top-level message is a question (default: mention only)
 * @param channelRoles who asks in a channel ({@code delegate}, {@code employer}, {@code trainer}), by channel id
 * @param defaultRole the role when the channel has none (empty: none)
 * @param publicUrl the web chat's address ({@code paritaire.public-url}): adds an "Open in the web chat" link
 * @param dedupeRetention how long answered event ids are kept
 * @param recentReplies answers kept in memory for the Publish and 👍/👎 buttons
 * @param streamAfter an answer not complete after this shows its verified text so far, then is updated as it grows
 * @param streamInterval at most one update of a streamed answer per interval (Slack's chat.update rate)
 */
@ConfigurationProperties("paritaire.slack")
record SlackProperties(
        String botToken,
        String signingSecret,
        String appToken,
        @DefaultValue("https://slack.com/api/") String apiBaseUrl,
        @DefaultValue("/slack/events") String path,
        @DefaultValue("4") int workers,
        @DefaultValue("10") int questionsPerUser,
        @DefaultValue("1m") Duration rateWindow,
        @DefaultValue("3") int maxRateLimitRetries,
        @DefaultValue("30s") Duration maxRetryAfter,
        @DefaultValue List<String> channels,
        @DefaultValue List<String> listenChannels,
        @DefaultValue Map<String, String> channelRoles,
        String defaultRole,
        String publicUrl,
        @DefaultValue("7d") Duration dedupeRetention,
        @DefaultValue("5000") int recentReplies,
        @DefaultValue("1500ms") Duration streamAfter,
        @DefaultValue("1s") Duration streamInterval) {

    boolean socketMode() {
        return appToken != null && !appToken.isBlank();
    }

    boolean answersIn(String channel) {
        return channels.isEmpty() || channels.contains(channel);
    }

    boolean listensTo(String channel) {
        return listenChannels.contains(channel);
    }

    /** The role of whoever asks in this channel, or null. */
    String roleIn(String channel) {
        String role = channel == null ? null : channelRoles.get(channel);
        if (role == null || role.isBlank()) role = defaultRole;
        return role == null || role.isBlank() ? null : role;
    }
}
