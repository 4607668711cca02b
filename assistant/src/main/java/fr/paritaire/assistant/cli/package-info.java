/** The command-line adapter: {@code paritaire.jar ingest [--reindex]} runs the ingestion job once with a progress display. */
package fr.paritaire.assistant.cli;
