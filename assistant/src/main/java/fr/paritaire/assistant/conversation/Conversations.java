package fr.paritaire.assistant.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The conversations in progress, in memory: each a bounded history of exchanges, forgotten after an idle time or when
 * too many are open (least recently used first). A conversation id the store does not know starts a new conversation
 * under that id, so a Slack thread or a browser tab can name its own.
 */
@Component
public class Conversations {

    /** One exchange: the question as asked, the standalone question searched, and the answer given. */
    public record Turn(String question, String standalone, String answer) {
    }

    private record Kept(List<Turn> turns, Instant lastUsed) {
    }

    private final ConversationProperties properties;
    private final Clock clock;
    private final Map<String, Kept> conversations;

    @org.springframework.beans.factory.annotation.Autowired
    public Conversations(ConversationProperties properties) {
        this(properties, Clock.systemUTC());
    }

    Conversations(ConversationProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.conversations = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
                return size() > properties.maxConversations();
            }
        };
    }

    /** A new conversation id when none (or a blank one) is given. */
    public static String idOrNew(String conversationId) {
        return conversationId == null || conversationId.isBlank() ? UUID.randomUUID().toString() : conversationId.strip();
    }

    /** The exchanges so far, oldest first; empty for an unknown or expired conversation. */
    public synchronized List<Turn> history(String conversationId) {
        Kept entry = conversations.get(conversationId);
        if (entry == null) return List.of();
        if (entry.lastUsed().plus(properties.idleTimeout()).isBefore(clock.instant())) {
            conversations.remove(conversationId);
            return List.of();
        }
        return List.copyOf(entry.turns());
    }

    public synchronized void record(String conversationId, Turn turn) {
        List<Turn> turns = new ArrayList<>(history(conversationId));
        turns.add(turn);
        while (turns.size() > properties.maxTurns()) turns.removeFirst();
        conversations.put(conversationId, new Kept(turns, clock.instant()));
    }

    public synchronized int size() {
        return conversations.size();
    }
}
