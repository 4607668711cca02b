/** Measuring retrieval against question sets with gold evidence: shared by the benchmark command and the quality floors in tests. */
package fr.paritaire.ingestion.evaluation;
