package fr.paritaire.assistant.feedback;

import java.util.List;

/**
 * The one place every channel's 👍/👎 goes, told apart by {@link Feedback#channel()}: JSON lines in the data folder
 * by default, the {@code feedback} table under the {@code postgres} profile.
 */
public interface FeedbackStore {

    /** Keeps the vote; a vote that cannot be kept is an exception, never silently dropped. */
    void save(Feedback feedback);

    /** Everything stored so far, from every channel, oldest first. */
    List<Feedback> all();
}
