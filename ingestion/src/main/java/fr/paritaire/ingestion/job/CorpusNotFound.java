package fr.paritaire.ingestion.job;

import java.nio.file.Path;

/** The corpus folder to ingest does not exist or is not a folder: the run cannot happen at all. */
public class CorpusNotFound extends RuntimeException {

    public CorpusNotFound(Path corpus) {
        super("Corpus folder not found: " + corpus.toAbsolutePath() + " (set paritaire.corpus-dir)");
    }
}
