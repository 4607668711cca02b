package fr.paritaire.ingestion.store;

import java.time.Duration;

/** Another ingestion run holds the knowledge base and did not finish within the wait limit. */
public class IngestionAlreadyRunning extends RuntimeException {

    public IngestionAlreadyRunning(Duration waited) {
        super("Another ingestion run is in progress on this knowledge base and did not finish within "
                + waited.toSeconds() + " s; try again when it is done.");
    }
}
