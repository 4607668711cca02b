package fr.paritaire.assistant.grounding;

import fr.paritaire.assistant.answer.Citation;
import fr.paritaire.assistant.answer.Draft;
import fr.paritaire.assistant.answer.PromptTemplates;
import fr.paritaire.assistant.chat.ChatProperties;
import fr.paritaire.assistant.answer.VerificationReport;
import fr.paritaire.ingestion.Passage;
import fr.paritaire.ingestion.text.Sentences;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The gate every answer passes, whatever produced it. A citation survives only if it points at a passage retrieved
 * for this question and its quote is verbatim in that passage; its title, source, section, article and page are then
 * taken from the passage, never from the answerer. A sentence whose [n] marker refers to no surviving citation is
 * dropped. The gate never throws: it returns what it kept and what it rejected.
 *
 * <p>A text written by a chat model from numbered passages is verified sentence by sentence instead
 * ({@link VerifyingStream}, {@link SentenceVerifier}): its citations' quotes are then chosen by the gate from the
 * passages, never taken from the model.
 */
@Component
public class VerificationGate {

    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3})]");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-–•*]\\s");

    private final boolean markUnverified;
    private final PromptTemplates templates;

    @Autowired
    public VerificationGate(ChatProperties chat, PromptTemplates templates) {
        this(chat.markUnverified(), templates);
    }

    /** A gate that drops the sentences that fail. */
    VerificationGate() {
        this(false, new PromptTemplates());
    }

    VerificationGate(boolean markUnverified, PromptTemplates templates) {
        this.markUnverified = markUnverified;
        this.templates = templates;
    }

    /**
     * A gate for a draft being written: each sentence handed to {@code verified} as soon as it holds. For a draft that
     * quotes passages, nothing is handed on and {@link VerifyingStream#finish} verifies it whole.
     */
    public VerifyingStream stream(List<Passage> retrieved, String language, Consumer<String> verified) {
        String label = markUnverified ? templates.template("unverified", language) : null;
        return new VerifyingStream(this, retrieved, language, verified, label);
    }

    /** Verifies a whole draft: one written from numbered passages sentence by sentence, one that quotes them quote by quote. */
    public Verified verify(Draft draft, List<Passage> retrieved, String language) {
        return draft.isWritten() ? stream(retrieved, language, s -> { }).finish(draft) : verify(draft, retrieved);
    }

    public Verified verify(Draft draft, List<Passage> retrieved) {
        if (draft.isWritten()) return verify(draft, retrieved, "fr");
        Map<String, Passage> byId = new HashMap<>();
        for (Passage p : retrieved) byId.putIfAbsent(p.id(), p);
        List<Rejection> rejections = new ArrayList<>();
        Map<Integer, Citation> kept = new LinkedHashMap<>();
        for (Draft.Quote q : draft.quotes()) {
            Passage p = byId.get(q.passageId());
            Rejection.Kind failure = p == null ? Rejection.Kind.NOT_RETRIEVED
                    : q.quote() == null || q.quote().isBlank() ? Rejection.Kind.EMPTY_QUOTE
                    : !p.text().contains(q.quote()) ? Rejection.Kind.NOT_VERBATIM
                    : SentenceVerifier.isInstruction(q.quote()) ? Rejection.Kind.PLANTED_INSTRUCTION
                    : kept.containsKey(q.n()) ? Rejection.Kind.DUPLICATE_NUMBER : null;
            if (failure != null) {
                rejections.add(new Rejection(failure, q.n(), q.quote() == null ? "" : abbreviate(q.quote())));
                continue;
            }
            kept.put(q.n(), Citation.of(q.n(), p, q.quote()));
        }
        Map<Integer, Integer> renumbered = new HashMap<>();
        List<Citation> citations = new ArrayList<>();
        for (Citation c : kept.values()) {
            int n = citations.size() + 1;
            renumbered.put(c.n(), n);
            citations.add(c.renumbered(n));
        }
        int[] counts = new int[2]; // sentences read, sentences dropped
        StringBuilder text = new StringBuilder();
        for (String line : draft.text().split("\n", -1)) {
            String keptLine = keepLine(line, renumbered, rejections, counts);
            if (keptLine == null) continue;
            if (!text.isEmpty()) text.append('\n');
            text.append(keptLine);
        }
        String cleaned = text.toString().replaceAll("\n{3,}", "\n\n").strip();
        int invalid = (int) rejections.stream().filter(r -> r.kind() != Rejection.Kind.DANGLING_MARKER).count();
        VerificationReport report = new VerificationReport(counts[0], counts[0] - counts[1], counts[1], invalid);
        return new Verified(cleaned, citations, rejections, report);
    }

    /** The line with its markers renumbered, without the sentences that cite nothing valid; null when none is left. */
    private static String keepLine(String line, Map<Integer, Integer> renumbered, List<Rejection> rejections, int[] counts) {
        if (line.isBlank()) return line;
        // A list item (one quote and its marker) stands or falls whole; prose is judged sentence by sentence.
        boolean item = BULLET.matcher(line).find();
        List<String> sentences = !item && MARKER.matcher(line).find() ? Sentences.split(line) : List.of(line);
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (String sentence : sentences) {
            int at = line.indexOf(sentence, from);
            String gap = at >= from ? line.substring(from, at) : " ";
            if (at >= 0) from = at + sentence.length();
            counts[0]++;
            Matcher m = MARKER.matcher(sentence);
            StringBuilder rewritten = new StringBuilder();
            boolean dangling = false;
            while (m.find()) {
                Integer n = renumbered.get(Integer.parseInt(m.group(1)));
                if (n == null) {
                    dangling = true;
                    rejections.add(new Rejection(Rejection.Kind.DANGLING_MARKER, Integer.parseInt(m.group(1)), abbreviate(sentence)));
                    break;
                }
                m.appendReplacement(rewritten, "[" + n + "]");
            }
            if (dangling) {
                counts[1]++;
                continue;
            }
            m.appendTail(rewritten);
            out.append(gap).append(rewritten);
        }
        String result = out.toString();
        return result.isBlank() ? null : result;
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
