/**
 * Where it is decided whether to answer: from what retrieval found, answer, answer in part, or refuse — and why. Shared
 * by every answerer, so none of them decides alone that the documents answer.
 */
package fr.paritaire.assistant.decide;
