package fr.paritaire.assistant.slack;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/** A 👍 or 👎 on an answer, stored with what was asked and answered; the user id only as a SHA-256 hash. */
record Feedback(Instant at, String replyId, String vote, String userHash, String channel, String question,
                String answer, boolean grounded, List<SlackReply.Source> citations) {

    static Feedback of(SlackReply reply, boolean helpful, String userId, String channel) {
        return new Feedback(Instant.now(), reply.id(), helpful ? "up" : "down", hash(userId), channel, reply.question(),
                reply.text(), reply.grounded(), reply.sources());
    }

    static String hash(String userId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.valueOf(userId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
