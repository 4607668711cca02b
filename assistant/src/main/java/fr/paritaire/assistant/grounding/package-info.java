/** Where citations are verified: every quote must be verbatim in a passage that was actually retrieved for the question. */
package fr.paritaire.assistant.grounding;
