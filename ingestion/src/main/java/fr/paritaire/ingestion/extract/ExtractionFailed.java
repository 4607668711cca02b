package fr.paritaire.ingestion.extract;

/** A file that could not be turned into text, with the reason a user can act on. */
public class ExtractionFailed extends Exception {

    /** Why a file was skipped; the names appear in ingestion reports. */
    public enum Reason {
        EMPTY_FILE, TOO_LARGE, UNREADABLE, UNSUPPORTED_TYPE, ENCRYPTED, CORRUPT, ZIP_BOMB, NEEDS_OCR, TOO_MUCH_TEXT, TIMEOUT, NOT_A_REGULAR_FILE
    }

    private final Reason reason;

    public ExtractionFailed(Reason reason, String detail) {
        super(reason.name().toLowerCase().replace('_', ' ') + ": " + detail);
        this.reason = reason;
    }

    public ExtractionFailed(Reason reason, String detail, Throwable cause) {
        this(reason, detail);
        initCause(cause);
    }

    public Reason reason() {
        return reason;
    }
}
