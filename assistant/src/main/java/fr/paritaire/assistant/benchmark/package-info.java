/** The benchmark command: retrieval and answer quality and latency on a question set, printed as a table (not a test). */
package fr.paritaire.assistant.benchmark;
