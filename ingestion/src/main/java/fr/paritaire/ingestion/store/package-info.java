/** Where passages, vectors and index terms live: an on-disk Lucene store by default, PostgreSQL + pgvector in production. */
package fr.paritaire.ingestion.store;
