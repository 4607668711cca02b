/**
 * 👍/👎 on answers from every channel (web, Slack) in one store: JSON lines in the data folder, or one PostgreSQL table
 * under the {@code postgres} profile.
 */
package fr.paritaire.assistant.feedback;
