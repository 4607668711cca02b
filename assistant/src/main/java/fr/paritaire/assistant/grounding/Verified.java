package fr.paritaire.assistant.grounding;

import fr.paritaire.assistant.answer.Citation;
import fr.paritaire.assistant.answer.VerificationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What passed the gate: the text with only sentences whose markers resolve, citations renumbered 1..n and filled from
 * the retrieved passages, and what was rejected.
 */
public record Verified(String text, List<Citation> citations, List<Rejection> rejections, VerificationReport report) {

    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3})]");

    public Verified {
        citations = List.copyOf(citations);
        rejections = List.copyOf(rejections);
    }

    public static Verified nothing() {
        return new Verified("", List.of(), List.of(), VerificationReport.NONE);
    }

    /** Nothing verifiable is left: the answer must become a refusal. */
    public boolean isEmpty() {
        return citations.isEmpty();
    }

    /**
     * This answer, then {@code notice}, then {@code next} with its citations numbered after this one's: how a
     * fallback continues what was already shown without withdrawing any of it.
     */
    public Verified followedBy(String notice, Verified next) {
        int offset = citations.size();
        Matcher m = MARKER.matcher(next.text());
        StringBuilder renumbered = new StringBuilder();
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            boolean cited = next.citations().stream().anyMatch(c -> c.n() == n);
            m.appendReplacement(renumbered, cited ? "[" + (n + offset) + "]" : Matcher.quoteReplacement(m.group()));
        }
        m.appendTail(renumbered);
        List<String> parts = new ArrayList<>();
        for (String part : List.of(text, notice, renumbered.toString())) if (!part.isBlank()) parts.add(part);
        List<Citation> all = new ArrayList<>(citations);
        for (Citation c : next.citations()) {
            all.add(new Citation(c.n() + offset, c.passageId(), c.documentId(), c.title(), c.source(), c.section(),
                    c.article(), c.page(), c.quote()));
        }
        List<Rejection> rejected = new ArrayList<>(rejections);
        rejected.addAll(next.rejections());
        VerificationReport a = report;
        VerificationReport b = next.report();
        return new Verified(String.join("\n\n", parts), all, rejected, new VerificationReport(a.sentences() + b.sentences(),
                a.verified() + b.verified(), a.dropped() + b.dropped(), a.invalidCitations() + b.invalidCitations()));
    }
}
