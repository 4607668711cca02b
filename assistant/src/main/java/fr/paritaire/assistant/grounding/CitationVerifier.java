package fr.paritaire.assistant.grounding;

import fr.paritaire.assistant.answer.Answer;
import fr.paritaire.assistant.answer.Citation;
import fr.paritaire.ingestion.Passage;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The last gate before an answer reaches a user: each citation must point at a passage retrieved for this question and
 * quote it verbatim, and each [n] marker in the text must refer to a citation.
 */
@Component
public class CitationVerifier {

    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3})]");

    public void verify(Answer answer, List<Passage> retrieved) {
        Map<String, Passage> byId = retrieved.stream().collect(Collectors.toMap(Passage::id, Function.identity(), (a, b) -> a));
        for (Citation c : answer.citations()) {
            Passage p = byId.get(c.passageId());
            if (p == null || c.quote() == null || c.quote().isBlank() || !p.text().contains(c.quote())) {
                throw new UngroundedCitation(c.n(), c.quote() == null ? "" : c.quote());
            }
        }
        Matcher m = MARKER.matcher(answer.answer());
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (answer.citations().stream().noneMatch(c -> c.n() == n)) throw new UngroundedCitation(n, "(no such citation)");
        }
    }
}
