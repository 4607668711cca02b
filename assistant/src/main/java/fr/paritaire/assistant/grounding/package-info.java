/**
 * Where citations are verified: the gate every answer passes, whatever produced it. A quote must be verbatim in a
 * passage that was actually retrieved for the question; a sentence citing anything else never reaches the user.
 */
package fr.paritaire.assistant.grounding;
