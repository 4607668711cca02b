package fr.paritaire.assistant.answer;

import java.util.Locale;

/** Who is asking; it shapes the wording of generated answers, never which sources count. */
public enum Role {
    DELEGATE, EMPLOYER, TRAINER;

    public static Role parse(String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidQuestion("role must be one of delegate, employer, trainer (got '" + value + "')");
        }
    }
}
