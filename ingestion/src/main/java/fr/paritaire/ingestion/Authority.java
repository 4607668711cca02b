package fr.paritaire.ingestion;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What a passage is, as a source: whether it binds. Declared binding-first: an answer lists the law, then agreements,
 * then guides, studies, organisations' positions, fictional examples and the rest. Its JSON value ({@link #id()}) is
 * the lower-case name, a contract shared by the API, the web chat and Slack.
 */
public enum Authority {
    /** Statutes and regulations: labour-code articles, GDPR, AI Act — also an article a guide quotes verbatim. */
    LAW,
    /** A real collective agreement, binding where it applies (its level: branch or company). */
    AGREEMENT,
    /** Public guides and recommendations: advice. */
    GUIDANCE,
    /** Research: what was observed. */
    STUDY,
    /** An organisation's demands, manifesto or contribution: a position, never an obligation. */
    POSITION,
    /** Fictional or teaching material, such as the sample agreements: never evidence about real companies. */
    EXAMPLE,
    OTHER;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code law}, {@code agreement}… (case-insensitive); fails with the accepted values otherwise. */
    public static Authority parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("authority must be one of law, agreement, guidance, study, position, "
                    + "example, other (got '" + value + "')");
        }
    }
}
