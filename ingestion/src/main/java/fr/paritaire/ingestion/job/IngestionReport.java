package fr.paritaire.ingestion.job;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The outcome of one ingestion run, file by file. */
public record IngestionReport(Instant startedAt, Duration duration, List<FileOutcome> files, int passagesInStore) {

    public long count(FileOutcome.Status status) {
        return files.stream().filter(f -> f.status() == status).count();
    }

    public int chunksWritten() {
        return files.stream().filter(f -> f.status() == FileOutcome.Status.INGESTED).mapToInt(FileOutcome::chunks).sum();
    }

    public String summary() {
        return String.format("%d ingested, %d unchanged, %d duplicate, %d removed, %d failed — %d chunks written, %d in store, %.1f s",
                count(FileOutcome.Status.INGESTED), count(FileOutcome.Status.UNCHANGED), count(FileOutcome.Status.DUPLICATE),
                count(FileOutcome.Status.REMOVED), count(FileOutcome.Status.FAILED), chunksWritten(), passagesInStore,
                duration.toMillis() / 1000.0);
    }
}
