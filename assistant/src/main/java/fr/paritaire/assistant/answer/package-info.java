/** Answering questions from retrieved passages: the one service the web chat, REST API and Slack call. */
package fr.paritaire.assistant.answer;
