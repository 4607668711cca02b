package fr.paritaire.ingestion;

import java.time.LocalDate;

/**
 * What is known about a document beyond its text: its authority, an agreement's level, its date, and where that came
 * from ({@code origin}: {@code sidecar}, {@code declared fictional}, {@code folder <name>} or {@code default}).
 * {@code title}, when given, replaces the title derived from the document's first lines.
 */
public record DocumentMetadata(Authority authority, AgreementLevel level, LocalDate date, String origin, String title) {

    public static final DocumentMetadata UNKNOWN = new DocumentMetadata(Authority.OTHER, null, null, "default", null);

    public DocumentMetadata(Authority authority, AgreementLevel level, LocalDate date, String origin) {
        this(authority, level, date, origin, null);
    }

    public DocumentMetadata {
        if (authority == null) authority = Authority.OTHER;
        if (origin == null) origin = "default";
    }

    /** Whether the date is known and within [from, to] (either bound may be null: open). */
    public boolean datedWithin(LocalDate from, LocalDate to) {
        return date != null && (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
}
