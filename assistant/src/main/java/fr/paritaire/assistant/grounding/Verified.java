package fr.paritaire.assistant.grounding;

import fr.paritaire.assistant.answer.Citation;
import fr.paritaire.assistant.answer.VerificationReport;
import java.util.List;

/**
 * What passed the gate: the text with only sentences whose markers resolve, citations renumbered 1..n and filled from
 * the retrieved passages, and what was rejected.
 */
public record Verified(String text, List<Citation> citations, List<Rejection> rejections, VerificationReport report) {

    public Verified {
        citations = List.copyOf(citations);
        rejections = List.copyOf(rejections);
    }

    /** Nothing verifiable is left: the answer must become a refusal. */
    public boolean isEmpty() {
        return citations.isEmpty();
    }
}
