package fr.paritaire.assistant.conversation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much of a conversation is kept.
 *
 * @param maxTurns exchanges kept per conversation (the oldest go first)
 * @param maxConversations conversations kept in memory (the least recently used go first)
 * @param idleTimeout a conversation not continued within this time is forgotten
 * @param followUpWords a question with at most this many content words, after an earlier one, is read as a follow-up
 */
@ConfigurationProperties("paritaire.conversation")
public record ConversationProperties(
        @DefaultValue("10") int maxTurns,
        @DefaultValue("10000") int maxConversations,
        @DefaultValue("2h") Duration idleTimeout,
        @DefaultValue("5") int followUpWords) {
}
