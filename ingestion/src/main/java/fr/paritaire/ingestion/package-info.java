/** The knowledge base: documents become passages (extract, chunk), passages become vectors and index terms (embed, store), questions become ranked passages (search). */
package fr.paritaire.ingestion;
