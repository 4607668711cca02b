package fr.paritaire.assistant.answer;

/**
 * One numbered citation: the passage's coordinates and a verbatim quote from it. Built by the verification gate from
 * the retrieved passage, never from what an answerer claimed about it.
 */
public record Citation(int n, String passageId, String documentId, String title, String source, String section,
                       String article, Integer page, String quote) {
}
