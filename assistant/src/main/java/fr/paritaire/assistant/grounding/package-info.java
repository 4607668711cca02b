/**
 * Where citations are verified: the gate every answer passes, whatever produced it. A quote must be verbatim in a
 * passage that was actually retrieved for the question; a sentence citing anything else never reaches the user. Text
 * written by a chat model is verified sentence by sentence as it streams — markers, quotations, figures, articles,
 * names — and only what holds is handed on.
 */
package fr.paritaire.assistant.grounding;
