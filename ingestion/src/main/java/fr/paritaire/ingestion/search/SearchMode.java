package fr.paritaire.ingestion.search;

/** Which retrieval sides a search uses; the product uses {@link #HYBRID}, the others exist to measure it. */
public enum SearchMode { HYBRID, VECTOR, LEXICAL }
