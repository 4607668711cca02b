package fr.paritaire.assistant.answer;

/** A validated question. */
public record Question(String text, Role role, String language) {

    public static final int MAX_LENGTH = 4000;

    public static Question of(String text, String role, String language) {
        if (text == null || text.isBlank()) {
            throw new InvalidQuestion("question must not be empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidQuestion("question is too long: " + text.length() + " characters, the maximum is " + MAX_LENGTH);
        }
        return new Question(text.strip(), Role.parse(role), language);
    }
}
