package fr.paritaire.assistant.grounding;

import fr.paritaire.assistant.answer.Citation;
import fr.paritaire.assistant.answer.Draft;
import fr.paritaire.assistant.answer.DraftSink;
import fr.paritaire.assistant.answer.VerificationReport;
import fr.paritaire.ingestion.Passage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;

/**
 * The verification gate, sentence by sentence, for a text written from numbered passages: each sentence is judged as
 * soon as it is complete and, if it holds, handed on at once with its markers renumbered in order of first use. A
 * sentence that fails is never handed on (or is handed on visibly marked, when so configured), so nothing shown is
 * ever withdrawn. A draft that quotes passages instead is verified whole by {@link VerificationGate}.
 */
public final class VerifyingStream implements DraftSink {

    private final VerificationGate gate;
    private final List<Passage> retrieved;
    private final String language;
    private final Consumer<String> out;
    private final String unverifiedLabel;
    private final ModelSentences sentences = new ModelSentences();
    private final Map<Integer, Integer> renumbered = new LinkedHashMap<>();
    private final Map<Integer, List<String>> citing = new HashMap<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private final StringBuilder shown = new StringBuilder();
    private SentenceVerifier verifier;
    private boolean received;
    private String pendingGap = "";
    private int read;
    private int kept;

    /** @param unverifiedLabel appended to a failed sentence shown marked; null to drop failed sentences */
    VerifyingStream(VerificationGate gate, List<Passage> retrieved, String language, Consumer<String> out, String unverifiedLabel) {
        this.gate = gate;
        this.retrieved = List.copyOf(retrieved);
        this.language = language;
        this.out = out;
        this.unverifiedLabel = unverifiedLabel;
    }

    @Override
    public void sources(List<Draft.Source> given) {
        Map<String, Passage> byId = new HashMap<>();
        for (Passage p : retrieved) byId.putIfAbsent(p.id(), p);
        Map<Integer, Passage> numbered = new LinkedHashMap<>();
        for (Draft.Source s : given) if (byId.containsKey(s.passageId())) numbered.put(s.n(), byId.get(s.passageId()));
        verifier = new SentenceVerifier(numbered, language);
    }

    @Override
    public void text(String chunk) {
        if (verifier == null) throw new IllegalStateException("sources(…) must come before text(…)");
        received = true;
        for (ModelSentences.Piece piece : sentences.add(chunk)) judge(piece);
    }

    /** The verified answer: the rest of the text judged, citations filled from the passages. */
    public Verified finish(Draft draft) {
        if (!draft.isWritten()) return gate.verify(draft, retrieved);
        if (verifier == null) sources(draft.sources());
        if (!received) text(draft.text());
        for (ModelSentences.Piece piece : sentences.finish()) judge(piece);
        return result();
    }

    /** What has been handed on so far, as a verified answer; an unfinished sentence is discarded, never judged. */
    public Verified shown() {
        return result();
    }

    private void judge(ModelSentences.Piece piece) {
        read++;
        SentenceVerifier.Check check = verifier.check(piece.sentence());
        if (check.holds()) {
            kept++;
            for (int n : check.cited()) citing.computeIfAbsent(n, k -> new ArrayList<>()).add(piece.sentence());
            emit(piece.gap(), renumber(piece.sentence()));
            return;
        }
        rejections.addAll(check.failures());
        // Only a sentence that cites passages is shown marked: one citing nothing is not a claim about the documents
        // (and may be the model declining to answer, which becomes a refusal).
        if (unverifiedLabel != null && !SentenceVerifier.markers(piece.sentence()).isEmpty()) {
            String bare = SentenceVerifier.MARKER.matcher(piece.sentence()).replaceAll("").replaceAll("\\s+([.,;:!?])", "$1").strip();
            emit(piece.gap(), bare + " " + unverifiedLabel);
        } else if (newlines(piece.gap()) > newlines(pendingGap)) {
            pendingGap = piece.gap();
        }
    }

    private void emit(String gap, String sentence) {
        String before = shown.isEmpty() ? "" : newlines(pendingGap) > newlines(gap) ? pendingGap : gap.isEmpty() ? " " : gap;
        pendingGap = "";
        String delta = before + sentence;
        shown.append(delta);
        out.accept(delta);
    }

    private String renumber(String sentence) {
        Matcher m = SentenceVerifier.MARKER.matcher(sentence);
        StringBuilder rewritten = new StringBuilder();
        while (m.find()) {
            StringBuilder markers = new StringBuilder();
            for (int n : SentenceVerifier.markers(m.group())) {
                int shownAs = renumbered.computeIfAbsent(n, k -> renumbered.size() + 1);
                markers.append('[').append(shownAs).append(']');
            }
            m.appendReplacement(rewritten, Matcher.quoteReplacement(markers.toString()));
        }
        m.appendTail(rewritten);
        return rewritten.toString();
    }

    private Verified result() {
        List<Citation> citations = new ArrayList<>();
        renumbered.forEach((n, shownAs) -> {
            Passage p = verifier.passage(n);
            citations.add(new Citation(shownAs, p.id(), p.documentId(), p.title(), p.source(), p.section(), p.article(),
                    p.page(), verifier.bestQuote(n, citing.getOrDefault(n, List.of()))));
        });
        int invalid = (int) rejections.stream().filter(r -> r.kind().invalidatesCitation()).count();
        return new Verified(shown.toString(), citations, rejections, new VerificationReport(read, kept, read - kept, invalid));
    }

    private static long newlines(String gap) {
        return gap.chars().filter(c -> c == '\n').count();
    }
}
