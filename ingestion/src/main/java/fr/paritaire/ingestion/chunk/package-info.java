/** Cuts normalised documents into passages along their structure: sections, legal articles, clauses, table rows, packed paragraphs. */
package fr.paritaire.ingestion.chunk;
