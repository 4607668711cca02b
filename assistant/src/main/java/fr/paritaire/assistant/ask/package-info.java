/**
 * The answering pipeline every channel calls: follow-up → retrieve → decide → answer → verify. Channels (web, Slack,
 * CLI) are thin adapters over {@link fr.paritaire.assistant.ask.AnsweringService}.
 */
package fr.paritaire.assistant.ask;
