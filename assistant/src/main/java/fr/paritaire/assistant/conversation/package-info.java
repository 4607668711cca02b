/** Conversations: the bounded history behind a conversation id, and follow-ups made standalone before retrieval. */
package fr.paritaire.assistant.conversation;
