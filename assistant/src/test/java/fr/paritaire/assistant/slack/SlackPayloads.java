package fr.paritaire.assistant.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Payloads in the shapes Slack documents (Events API callbacks, slash commands, block_actions). */
final class SlackPayloads {

    static final String TEAM = "T0PARITAIRE";
    static final String APP = "A0PARITAIRE";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong TS = new AtomicLong(1_764_000_000_000_000L);

    private SlackPayloads() {
    }

    /** A fresh message ts, unique in the test run. */
    static String ts() {
        long n = TS.addAndGet(1000);
        return (n / 1_000_000) + "." + String.format("%06d", n % 1_000_000);
    }

    static String eventId() {
        return "Ev" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    /** The event_callback envelope around an event. */
    static String callback(String eventId, ObjectNode event) {
        ObjectNode body = JSON.createObjectNode().put("token", "legacy-verification-token").put("team_id", TEAM)
                .put("api_app_id", APP).put("type", "event_callback").put("event_id", eventId)
                .put("event_time", System.currentTimeMillis() / 1000).put("event_context", "4-eyJldCI6ImFwcF9tZW50aW9uIn0");
        body.set("event", event);
        body.putArray("authorizations").addObject().putNull("enterprise_id").put("team_id", TEAM)
                .put("user_id", FakeSlack.BOT_USER).put("is_bot", true).put("is_enterprise_install", false);
        body.put("is_ext_shared_channel", false);
        return body.toString();
    }

    static ObjectNode mention(String user, String channel, String ts, String threadTs, String question) {
        ObjectNode event = JSON.createObjectNode().put("type", "app_mention").put("user", user)
                .put("text", "<@" + FakeSlack.BOT_USER + "> " + question).put("ts", ts).put("team", TEAM)
                .put("channel", channel).put("event_ts", ts).put("client_msg_id", UUID.randomUUID().toString());
        if (threadTs != null) event.put("thread_ts", threadTs);
        return event;
    }

    /** A plain message event ({@code message.channels}, {@code message.im}…). */
    static ObjectNode message(String user, String channel, String channelType, String ts, String threadTs, String text) {
        ObjectNode event = JSON.createObjectNode().put("type", "message").put("channel", channel).put("user", user)
                .put("text", text).put("ts", ts).put("event_ts", ts).put("channel_type", channelType).put("team", TEAM)
                .put("client_msg_id", UUID.randomUUID().toString());
        if (threadTs != null) event.put("thread_ts", threadTs).put("parent_user_id", FakeSlack.BOT_USER);
        return event;
    }

    static ObjectNode botMessage(String botId, String channel, String ts, String text) {
        return JSON.createObjectNode().put("type", "message").put("subtype", "bot_message").put("bot_id", botId)
                .put("channel", channel).put("channel_type", "channel").put("text", text).put("ts", ts).put("event_ts", ts);
    }

    /** A message from a bot that also carries a user id (how apps' messages arrive nowadays). */
    static ObjectNode appMessage(String botUser, String botId, String channel, String channelType, String ts, String text) {
        return JSON.createObjectNode().put("type", "message").put("user", botUser).put("bot_id", botId)
                .put("channel", channel).put("channel_type", channelType).put("text", text).put("ts", ts).put("event_ts", ts);
    }

    static ObjectNode edited(String user, String channel, String ts, String text) {
        ObjectNode event = JSON.createObjectNode().put("type", "message").put("subtype", "message_changed")
                .put("channel", channel).put("channel_type", "channel").put("ts", ts).put("event_ts", ts).put("hidden", true);
        event.putObject("message").put("type", "message").put("user", user)
                .put("text", "<@" + FakeSlack.BOT_USER + "> " + text).put("ts", ts)
                .putObject("edited").put("user", user).put("ts", ts);
        return event;
    }

    static ObjectNode joined(String user, String channel, String ts) {
        return JSON.createObjectNode().put("type", "message").put("subtype", "channel_join").put("user", user)
                .put("channel", channel).put("channel_type", "channel").put("text", "<@" + user + "> has joined the channel")
                .put("ts", ts).put("event_ts", ts);
    }

    static ObjectNode assistantThreadStarted(String user, String dm, String threadTs, String fromChannel) {
        ObjectNode event = JSON.createObjectNode().put("type", "assistant_thread_started").put("event_ts", ts());
        ObjectNode thread = event.putObject("assistant_thread").put("user_id", user).put("channel_id", dm).put("thread_ts", threadTs);
        thread.putObject("context").put("channel_id", fromChannel).put("team_id", TEAM).putNull("enterprise_id");
        return event;
    }

    static Map<String, String> slashCommand(String user, String channel, String text, String responseUrl) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "legacy-verification-token");
        form.put("team_id", TEAM);
        form.put("team_domain", "paritaire-test");
        form.put("channel_id", channel);
        form.put("channel_name", "cse");
        form.put("user_id", user);
        form.put("user_name", "delegue");
        form.put("command", "/paritaire");
        form.put("text", text);
        form.put("api_app_id", APP);
        form.put("is_enterprise_install", "false");
        form.put("response_url", responseUrl);
        form.put("trigger_id", "13345224609.738474920.8088930838d88f008e0");
        return form;
    }

    /** A block_actions payload for a click on {@code actionId} carrying {@code value}. */
    static String click(String user, String channel, String actionId, String value, String messageTs, boolean ephemeral,
                        String responseUrl) {
        ObjectNode payload = JSON.createObjectNode().put("type", "block_actions").put("api_app_id", APP)
                .put("token", "legacy-verification-token").put("trigger_id", "1234.5678.abcd").put("response_url", responseUrl);
        payload.putObject("team").put("id", TEAM).put("domain", "paritaire-test");
        payload.putObject("user").put("id", user).put("username", "delegue").put("team_id", TEAM);
        payload.putObject("container").put("type", "message").put("message_ts", messageTs).put("channel_id", channel)
                .put("is_ephemeral", ephemeral);
        payload.putObject("channel").put("id", channel).put("name", "cse");
        if (!ephemeral) payload.putObject("message").put("type", "message").put("ts", messageTs).put("bot_id", FakeSlack.BOT_ID).put("text", "answer");
        payload.putArray("actions").addObject().put("action_id", actionId).put("block_id", "paritaire_actions")
                .put("value", value).put("type", "button").put("action_ts", ts())
                .putObject("text").put("type", "plain_text").put("text", "button").put("emoji", true);
        return payload.toString();
    }
}
