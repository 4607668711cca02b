/** The production knowledge base: PostgreSQL + pgvector (HNSW), French full text (unaccented tsvector), Flyway schema, advisory-locked ingestion. */
package fr.paritaire.ingestion.store.postgres;
