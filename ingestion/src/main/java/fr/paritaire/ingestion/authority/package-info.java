/**
 * Which sources bind: each document's authority from its sidecar metadata file, its own declaration or its folder, and
 * each passage's (an article of a code is law wherever it is quoted).
 */
package fr.paritaire.ingestion.authority;
