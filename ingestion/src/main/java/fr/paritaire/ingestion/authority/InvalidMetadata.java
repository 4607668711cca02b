package fr.paritaire.ingestion.authority;

import java.nio.file.Path;

/** A sidecar metadata file that cannot be read or says something that is not allowed: the document is not ingested. */
public final class InvalidMetadata extends RuntimeException {

    public InvalidMetadata(Path sidecar, String problem) {
        super("invalid metadata in " + sidecar.getFileName() + ": " + problem);
    }
}
