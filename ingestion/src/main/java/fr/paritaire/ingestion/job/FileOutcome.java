package fr.paritaire.ingestion.job;

/**
 * What happened to one file in an ingestion run.
 *
 * @param reason why the file failed or was not stored on its own; {@code null} when ingested or unchanged
 */
public record FileOutcome(String source, Status status, String reason, int chunks, long millis) {

    public enum Status { INGESTED, UNCHANGED, DUPLICATE, FAILED, REMOVED }
}
