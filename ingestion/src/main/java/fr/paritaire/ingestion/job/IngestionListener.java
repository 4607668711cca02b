package fr.paritaire.ingestion.job;

/** Hears about each file as the job finishes it, e.g. to draw a progress bar. */
@FunctionalInterface
public interface IngestionListener {

    IngestionListener NONE = (done, total, outcome) -> { };

    void fileDone(int done, int total, FileOutcome outcome);
}
