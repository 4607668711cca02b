package fr.paritaire.assistant.feedback;

import fr.paritaire.assistant.answer.Citation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * One 👍 or 👎 on an answer, with what was asked and answered, so a reviewer can read it without the conversation.
 *
 * @param channel where it was given: {@link #WEB}, {@link #SLACK}
 * @param vote {@link #UP} or {@link #DOWN}
 * @param comment what the person added, or null
 * @param verdict the answer's decision: {@code answer}, {@code partial} or {@code refuse}
 * @param citations the sources shown with the answer
 * @param userHash who voted, only as {@link #hashUser(String)} of the channel's user id; null where there is none
 */
public record Feedback(Instant at, String channel, String vote, String comment, String conversationId, String question,
                       String answer, String verdict, boolean grounded, List<Citation> citations, String userHash) {

    public static final String UP = "up";
    public static final String DOWN = "down";
    public static final String WEB = "web";
    public static final String SLACK = "slack";

    public Feedback {
        citations = citations == null ? List.of() : List.copyOf(citations);
    }

    /** A user id as it may be stored: its SHA-256, in hex, so votes can be counted per person without naming anyone. */
    public static String hashUser(String userId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.valueOf(userId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
