package fr.paritaire.assistant.slack;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The latest replies by id, for their Publish and 👍/👎 buttons (the oldest are forgotten beyond the capacity). */
final class RecentReplies {

    private final Map<String, SlackReply> replies;

    RecentReplies(int capacity) {
        this.replies = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, SlackReply> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized void put(SlackReply reply) {
        replies.put(reply.id(), reply);
    }

    synchronized Optional<SlackReply> get(String id) {
        return Optional.ofNullable(replies.get(id));
    }
}
