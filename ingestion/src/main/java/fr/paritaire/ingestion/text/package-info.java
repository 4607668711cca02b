/**
 * Language-level text tools shared by the write side (chunking, indexing) and the query side (analysis, ranking):
 * French analysis, sentence splitting, language guessing.
 */
package fr.paritaire.ingestion.text;
