/**
 * The documents behind the answers, for people: what the knowledge base holds and how its last ingestion went, a
 * passage in the context of its document, the original files, and adding a document to the corpus.
 */
package fr.paritaire.assistant.documents;
