/** Turns a file into clean, faithful text: Tika parsing with limits, page tracking, normalisation and boilerplate removal. */
package fr.paritaire.ingestion.extract;
