/** The ingestion job: walks the corpus folder, ingests new and changed files, drops removed ones, reports every file's fate. */
package fr.paritaire.ingestion.job;
