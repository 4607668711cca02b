package fr.paritaire.assistant.decide;

import fr.paritaire.ingestion.Passage;
import fr.paritaire.ingestion.search.ExpectedAnswer;
import fr.paritaire.ingestion.search.QuestionAnalysis;
import fr.paritaire.ingestion.search.QuestionAnalysis.KeyTerm;
import fr.paritaire.ingestion.search.Retrieval;
import fr.paritaire.ingestion.search.SearchHit;
import fr.paritaire.ingestion.text.Sentences;
import fr.paritaire.ingestion.text.Words;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Decides from the evidence whether the documents answer a question. A question is broken into facets that must each
 * be supported by the retrieved passages: every organisation, country, person or document it names (a passage about
 * the French FTM-CGT does not answer a question about the Italian FIOM-CGIL), every labour-law institution it names (a
 * trial period, overtime, sick leave: passages that never speak of it do not answer), every article it names (an
 * article 15 the agreement does not have is not answered by article 14), every precise fact it asks for (a budget
 * question is answered only by a sentence stating an amount about the thing asked), and its words as a whole (a French
 * question with no word of work, labour relations, law or AI — an English one read through its French translations —
 * or an English one far in meaning from every passage, is about something else); a name the passages only cite (in a
 * list, a reference) does not answer what it says or provides. Facets all supported: answer; some: answer in part and
 * say what is missing; none, or too little evidence: refuse, naming what the documents do cover.
 */
@Component
public class Answerability {

    private final AnswerabilityProperties properties;

    public Answerability(AnswerabilityProperties properties) {
        this.properties = properties;
    }

    public Decision decide(Retrieval retrieval) {
        if (retrieval.isEmpty()) return Decision.refuse("nothing retrieved", List.of(), List.of(), 0);
        if (!retrieval.question().hasContent()) return Decision.refuse("no content words", List.of(), List.of(), 0);
        Evidence e = evidence(retrieval);
        String signals = e.describe();
        // A question with no word of work, labour relations, law or AI (an English one's words read through their French
        // translations), and no name the documents use, is off topic; a French one cannot be judged by meaning (the
        // embedding model is English), an English one also is below.
        if (!retrieval.question().aboutTheField()) {
            return Decision.offTopic("no word of the field, " + signals, e.missing(), e.best());
        }
        if (e.best() < properties.evidenceFloor()) return Decision.refuse("weak evidence: " + signals, e.covered(), e.missing(), e.best());
        // An English question meets the French documents word by word through the lexicon, and one common word ("best":
        // "meilleur") is enough to cover it; the passages' meaning must be close enough too, or it is about something else.
        if (e.english() && e.similarity() > 0 && e.similarity() < properties.englishSimilarityFloor()) {
            return Decision.offTopic("similarity " + String.format(java.util.Locale.ROOT, "%.2f", e.similarity()) + ", " + signals,
                    e.missing(), e.best());
        }
        if (e.missing().isEmpty()) return new Decision(Decision.Verdict.ANSWER, signals, e.covered(), List.of(), e.best());
        if (e.factsStated() > 0) return new Decision(Decision.Verdict.PARTIAL, "partial: " + signals, e.covered(), e.missing(), e.best());
        return Decision.refuse("unsupported: " + signals, e.covered(), e.missing(), e.best());
    }

    /** What the retrieved passages support of the question: the signals the decision is made from. */
    public Evidence evidence(Retrieval retrieval) {
        QuestionAnalysis question = retrieval.question();
        List<Passage> evidence = retrieval.passages().subList(0, Math.min(properties.passages(), retrieval.hits().size()));
        double[] focus = evidence.stream().limit(3).mapToDouble(question::focus).toArray();
        double best = java.util.Arrays.stream(focus).max().orElse(0);
        List<String> texts = evidence.stream().map(p -> p.headingText() + "\n" + p.evidenceText()).toList();
        Set<String> uncovered = question.uncoveredTerms(texts);
        // A name asked about a document the question names ("FO, dans sa contribution pour le sommet ?") must be in
        // that document: another one speaking of it says nothing of what the named one says.
        Set<String> named = question.namedDocuments();
        List<String> namedTexts = named.isEmpty() ? texts : java.util.stream.IntStream.range(0, evidence.size())
                .filter(i -> named.contains(evidence.get(i).documentId())).mapToObj(texts::get).toList();
        Set<String> uncoveredInNamed = named.isEmpty() ? uncovered : question.uncoveredTerms(namedTexts);
        // A name only one document speaks of ("UNIMEP") is covered by that document's passages, which need not repeat it.
        // What a name says or provides ("qu'a recommandé la TUAC ?") is not in a sentence that only lists it among others,
        // nor in the title of a reference; which names a list holds ("quelles organisations suédoises ?") is.
        List<ExpectedAnswer> facts = question.expectedAnswers();
        Set<String> listed = question.has(QuestionAnalysis.Intent.STANCE) && !facts.contains(ExpectedAnswer.NAME)
                ? question.onlyCitedIn(texts) : Set.of();
        Set<String> documents = evidence.stream().map(Passage::documentId).collect(java.util.stream.Collectors.toSet());

        List<String> missing = new ArrayList<>();
        // What the documents cover, as a refusal names it: the names first, then the institutions, then the other words,
        // rarest first ("pilotage" before "premier"), leaving out those that only ask ("comment s'appelle", "quand").
        List<String> covered = new ArrayList<>();
        List<KeyTerm> coveredWords = new ArrayList<>();
        double total = 0, uncoveredWeight = 0, maxUncovered = 0;
        int missingNames = 0;
        for (KeyTerm term : question.keyTerms()) {
            boolean entity = isEntity(term, question.text());
            if (term.pointsAtSource()) {
                // A document the question names ("le projet SeCoIA Deal") is what the documents cover.
                if (term.passages() > 0 && entity) covered.add(quoted(term.word()));
                continue;
            }
            total += term.weight();
            boolean absent = uncovered.contains(term.term());
            if (absent) {
                uncoveredWeight += term.weight();
                maxUncovered = Math.max(maxUncovered, term.weight());
            }
            boolean spokenOfByItsDocument = question.onlyDocumentSpeakingOf(term.term()).filter(documents::contains).isPresent();
            boolean unspoken = (absent || uncoveredInNamed.contains(term.term())) && !spokenOfByItsDocument;
            if (entity && (unspoken || listed.contains(term.term()) && !spokenOfByItsDocument)) {
                // A name the passages only cite is there: the refusal says so rather than that they never name it.
                missing.add(quoted(term.word()) + (unspoken ? "" : "en".equals(question.language())
                        ? " (only in a list or a reference)" : " (seulement dans une liste ou une référence)"));
                missingNames++;
            } else if (!absent && term.passages() > 0) {
                if (entity) covered.add(quoted(term.word()));
                else coveredWords.add(term);
            }
        }
        // A labour-law institution the question names (a trial period, overtime, sick leave) is what it is about: passages
        // that never speak of it answer a neighbouring question. Asked of a document the question names ("which article
        // of the Solvéa agreement covers the right to disconnect?"), it must be in that document.
        Set<String> missingConcepts = question.conceptsMissingFrom(namedTexts);
        for (String concept : question.concepts()) {
            if (missingConcepts.contains(concept)) {
                missing.add(quoted(concept));
                missingNames++;
            } else {
                covered.add(quoted(concept));
            }
        }
        // An article the question names ("Article 15 of the agreement") is what it asks about: others do not answer.
        for (String article : question.articlesMissingFrom(evidence)) {
            missing.add(quoted("article " + article));
            missingNames++;
        }
        Set<String> asking = question.askingTerms();
        coveredWords.stream().filter(term -> !asking.contains(term.term()))
                .sorted(java.util.Comparator.comparingDouble(KeyTerm::weight).reversed())
                .forEach(term -> covered.add(quoted(term.word())));
        List<ExpectedAnswer> statedFacts = facts.stream().filter(f -> statesFact(question, evidence, f)).toList();
        facts.stream().filter(f -> !statedFacts.contains(f)).forEach(f -> missing.add(f.label(question.text(), question.language())));
        double similarity = retrieval.hits().stream().limit(properties.passages()).mapToDouble(SearchHit::vectorSimilarity).max().orElse(0);
        return new Evidence(best, focus[0], total == 0 ? 0 : uncoveredWeight / total,
                total == 0 ? 0 : maxUncovered / total, unknownShare(question), missingNames, facts.size(), statedFacts.size(),
                "en".equals(question.language()), similarity, covered, missing);
    }

    /** A word of the question as a refusal names it: « SeCoIA ». */
    private static String quoted(String word) {
        return "« " + word + " »";
    }

    /**
     * A name: a country, nationality or city, a word with a capital inside it (iMET, FIOM-CGIL, RGPD) or a capitalised word
     * that does not open a sentence of the question — unless the glossary knows it for a common noun (SMS, OPCO). Such
     * words say what the question is about; the documents must speak of that, not of a neighbour.
     */
    static boolean isEntity(KeyTerm term, String question) {
        if (term.place()) return true;
        if (term.common()) return false;
        String word = segmentOf(term);
        if (word.length() < 2 || !word.chars().anyMatch(Character::isUpperCase)) return false;
        if (Words.capitalInside(word)) return true;
        // A capital that only opens a sentence of the question ("… ? Sinon, …") names nothing.
        for (String sentence : question.strip().split("(?<=[.?!:;])\\s+")) {
            String opening = sentence.split("[\\s'’]+", 2)[0].replaceAll("[^\\p{L}\\d-]", "");
            if (opening.equals(word)) return false;
        }
        return Character.isUpperCase(word.charAt(0));
    }

    /** The part of a hyphenated word that gave the term ("AI-at-work" gives "work" from "work", not a name). */
    private static String segmentOf(KeyTerm term) {
        String[] parts = term.word().split("-");
        if (parts.length == 1) return term.word();
        for (String part : parts) {
            String p = part.toLowerCase(java.util.Locale.ROOT);
            if (p.startsWith(term.term()) || term.term().startsWith(p)) return part;
        }
        return term.word();
    }

    /** Share of the question's weight held by words that no passage of the knowledge base contains. */
    private static double unknownShare(QuestionAnalysis question) {
        double total = 0, unknown = 0;
        for (KeyTerm term : question.keyTerms()) {
            if (term.pointsAtSource()) continue;
            total += term.weight();
            if (term.passages() == 0 && !"en".equals(question.language())) unknown += term.weight();
        }
        return total == 0 ? 0 : unknown / total;
    }

    /**
     * Whether one of the passages has a sentence that states the kind of fact asked and is about the question: read
     * with the sentences around it and its section heading, it covers enough of the clause that asks, and by itself (a
     * figure standing alone, with the label after it; without its heading, so a fact whose subject is only in the
     * article's title must say more of it) enough of the same. A fact asked about
     * a document the question names ("l'annonce du projet SeCoIA Deal", "selon la contribution de la CGT") is in that
     * document: the others carry dates, figures and links of their own that say nothing of it. A name asked is not bound
     * so ("Qui pilote le projet SeCoIA Deal ?" may be answered by whoever the documents say pilots it).
     */
    private boolean statesFact(QuestionAnalysis question, List<Passage> passages, ExpectedAnswer expected) {
        Set<String> named = expected == ExpectedAnswer.NAME ? Set.of() : question.namedDocuments();
        java.util.function.ToDoubleFunction<String> coverage = question.factCoverage(expected);
        // A figure that counts the very thing asked ("260 conducteurs-livreurs") is about the question by itself.
        double floor = expected == ExpectedAnswer.NUMBER && question.countsAThing() ? properties.countedFactFloor() : properties.factSentenceFloor();
        for (Passage passage : passages) {
            if (!named.isEmpty() && !named.contains(passage.documentId())) continue;
            List<String> sentences = Sentences.split(passage.text());
            String section = passage.sectionAndArticle();
            for (int i = 0; i < sentences.size(); i++) {
                if (!question.statedBy(expected, sentences.get(i), properties.nameNearPlace())) continue;
                // A figure standing alone ("81%", a chart's value) is about the label that follows it, not the line before.
                boolean bare = sentences.get(i).replaceAll("[^\\p{L}]", "").length() <= 3;
                String context = section + (i == 0 || bare ? "" : sentences.get(i - 1) + " ") + sentences.get(i)
                        + (i + 1 < sentences.size() ? " " + sentences.get(i + 1) : "");
                // Read with its neighbours it must be about the question, and by itself too: a year in the sentence after
                // the one about a Polish bill is the Ceemet's, not the bill's.
                String own = bare && i + 1 < sentences.size() ? sentences.get(i) + " " + sentences.get(i + 1) : sentences.get(i);
                if (coverage.applyAsDouble(context) >= floor && coverage.applyAsDouble(own) >= properties.ownSentenceFloor()) return true;
            }
        }
        return false;
    }
}
