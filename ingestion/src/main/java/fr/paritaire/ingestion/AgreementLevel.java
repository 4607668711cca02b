package fr.paritaire.ingestion;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a collective agreement was signed: for a whole branch, or in one company (or group). */
public enum AgreementLevel {
    BRANCH, COMPANY;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code branch} or {@code company} (case-insensitive); fails with the accepted values otherwise. */
    public static AgreementLevel parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("level must be branch or company (got '" + value + "')");
        }
    }
}
