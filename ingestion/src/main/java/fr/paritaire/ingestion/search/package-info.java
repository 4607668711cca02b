/** Questions become ranked passages: French lexical analysis, glossary and legal-reference expansion, vector search, reciprocal-rank fusion. */
package fr.paritaire.ingestion.search;
