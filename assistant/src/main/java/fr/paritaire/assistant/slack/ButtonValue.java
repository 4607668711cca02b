package fr.paritaire.assistant.slack;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;

/**
 * What the 👍/👎 and Publish buttons carry: the reply id, and the question and role so that the reply can be rebuilt
 * when it is no longer in memory (another instance, a restart). Slack allows 2,000 characters.
 */
record ButtonValue(String replyId, String question, String role) {

    private static final Gson GSON = new Gson();
    private static final int MAX_QUESTION = 1500;

    static String of(SlackReply reply) {
        JsonObject json = new JsonObject();
        json.addProperty("id", reply.id());
        json.addProperty("q", SlackText.cut(reply.question(), MAX_QUESTION));
        if (reply.role() != null) json.addProperty("r", reply.role());
        return GSON.toJson(json);
    }

    static ButtonValue parse(String value) {
        try {
            JsonObject json = GSON.fromJson(value, JsonObject.class);
            return new ButtonValue(json.get("id").getAsString(), json.get("q").getAsString(),
                    json.has("r") ? json.get("r").getAsString() : null);
        } catch (JsonParseException | NullPointerException | IllegalStateException e) {
            throw new IllegalArgumentException("not a Paritaire button value: " + value, e);
        }
    }
}
