/** The web adapter: REST API (ask, stream, search, documents, feedback), error mapping, and the static chat and documents pages. */
package fr.paritaire.assistant.web;
