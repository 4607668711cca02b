/** The web adapter: REST API (/api/search, /api/ask), error mapping, and the static chat page. */
package fr.paritaire.assistant.web;
