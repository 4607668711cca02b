/**
 * The Slack channel: mentions, direct messages, the assistant panel, {@code /paritaire} and threads, answered once each
 * by the same answering service as the web, with quoted sources in Block Kit (profile {@code slack}).
 */
package fr.paritaire.assistant.slack;
