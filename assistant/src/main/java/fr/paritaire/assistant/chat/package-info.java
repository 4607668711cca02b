/**
 * Answers written by a chat model (any OpenAI-compatible API, or Ollama) from the numbered passages retrieved for a
 * question: the prompt, the model calls with their deadline and cool-down, and the model's health. What the model
 * writes is verified sentence by sentence in {@code grounding} before anyone sees it.
 */
package fr.paritaire.assistant.chat;
