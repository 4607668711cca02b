/** Wiring: which knowledge base, embedding model and answerer the application runs with, chosen by properties and profiles. */
package fr.paritaire.assistant.config;
