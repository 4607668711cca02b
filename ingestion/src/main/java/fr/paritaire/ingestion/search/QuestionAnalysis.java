package fr.paritaire.ingestion.search;

import fr.paritaire.ingestion.Passage;
import fr.paritaire.ingestion.store.LexicalQuery;
import fr.paritaire.ingestion.text.Words;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What retrieval learned about a question, computed once per question and handed on with the ranked passages:
 * answerers, the answerability decision and channels read it instead of analysing the question again.
 */
public final class QuestionAnalysis {

    /** What the question asks beyond its topic. */
    public enum Intent {
        /** What the law requires: "doit-il ?", "est-ce obligatoire ?", "is it mandatory?". */
        LEGAL_BASIS,
        /** Which article of law applies, asked outright: "sur quel article ?". */
        ARTICLE_REQUEST,
        /** Examples or model clauses, which fictional sample documents may provide. */
        EXAMPLES,
        /** What someone says, wants or provides: "que prévoit l'accord ?", "what did the federation say?". */
        STANCE
    }

    /**
     * One content word of the question.
     *
     * @param term the analysed form, as indexed
     * @param word the word as the question wrote it
     * @param weight its rarity weight (inverse passage frequency)
     * @param passages in how many passages of the knowledge base it occurs
     * @param pointsAtSource a word that says where to look rather than what is asked (a document's name, "l'étude")
     * @param place a country, a nationality or a city ("Italie", "autrichienne", "German", "lyonnais")
     * @param city a city of France ("Lyon", "lyonnais"): a place, but not abroad
     * @param common a common noun however it is written ("SMS", "OPCO", "UD"): it names no organisation or person
     */
    public record KeyTerm(String term, String word, double weight, int passages, boolean pointsAtSource, boolean place,
                          boolean city, boolean common) {
    }

    private final String text;
    private final String language;
    private final Set<Intent> intents;
    private final ExpectedAnswer expectedAnswer;
    private final List<KeyTerm> keyTerms;
    private final LexicalQuery lexical;
    private final DocumentNames.Named named;
    private final QuestionCoverage coverage;
    private final PassageFocus focus;
    private final Set<String> concepts;
    /** The place of the one site a question asks about ("au siège de Nantes": "Nantes"), as a pattern, or {@code null}. */
    private final java.util.regex.Pattern site;
    private static final java.util.regex.Pattern SITE = java.util.regex.Pattern.compile(
            "(?<!\\p{L})(?iu:siège|site|centre|center|entrepôts?|usines?|agence|établissement|bureau|office|warehouse|plant|headquarters)"
                    + "(?:\\s+\\p{Lu}[\\p{L}-]*)?\\s+(?iu:(?:de|à|of|in)(?!\\p{L})\\s*|d['’])(\\p{Lu}[\\p{L}-]+)");
    /** A figure spread over several places or groups. */
    private static final java.util.regex.Pattern SPREAD = java.util.regex.Pattern.compile(
            "(?iu)\\b(?:réparti(?:e|s|es)?|répartition|spread|across)\\b");
    /** The analysed words of the thing a plain count question counts ("intérimaires"), or {@code null}. */
    private final Set<String> counted;
    /** The countries, nationalities and cities the question names, each as a pattern of all its variants (Autriche, autrichienne, Austrian…). */
    private final List<java.util.regex.Pattern> places;
    /** The question's analysed words, for a name asked of a place (read once, only when it names a place). */
    private final Set<String> askedNearPlaces;
    private final Glossary glossary;
    private final Citations citations;

    QuestionAnalysis(String text, String language, Set<Intent> intents, ExpectedAnswer expectedAnswer,
                     List<KeyTerm> keyTerms, LexicalQuery lexical, DocumentNames.Named named,
                     QuestionCoverage coverage, PassageFocus focus, List<Glossary.Match> glossaryMatches, Glossary glossary,
                     Citations citations) {
        this.citations = citations;
        this.text = text;
        this.language = language;
        this.intents = Set.copyOf(intents);
        this.expectedAnswer = expectedAnswer;
        this.keyTerms = List.copyOf(keyTerms);
        this.lexical = lexical;
        this.named = named;
        this.coverage = coverage;
        this.focus = focus;
        this.glossary = glossary;
        Set<String> concepts = new java.util.LinkedHashSet<>();
        List<java.util.regex.Pattern> places = new java.util.ArrayList<>();
        for (Glossary.Match match : glossaryMatches) {
            if (match.concept() != null) concepts.add(match.concept());
            if (match.place()) places.add(variantsPattern(match));
        }
        this.concepts = java.util.Collections.unmodifiableSet(concepts);
        java.util.regex.Matcher site = SITE.matcher(text);
        this.site = site.find() ? java.util.regex.Pattern.compile("(?<!\\p{L})" + java.util.regex.Pattern.quote(site.group(1)) + "(?!\\p{L})") : null;
        String thing = ExpectedAnswer.countedIn(text);
        Set<String> countedTerms = thing == null ? Set.of() : Set.copyOf(coverage.termsOf(thing));
        // What the documents never speak of ("combien de licornes ?") cannot be looked for after a figure.
        this.counted = coverage.knowsAny(countedTerms) ? countedTerms : null;
        this.places = List.copyOf(places);
        this.askedNearPlaces = places.isEmpty() ? Set.of() : coverage.termSet(text);
    }

    public String text() {
        return text;
    }

    /** {@code fr} or {@code en}. */
    public String language() {
        return language;
    }

    public Set<Intent> intents() {
        return intents;
    }

    public boolean has(Intent intent) {
        return intents.contains(intent);
    }

    /** The labour-code or numbered articles the question names, normalised ("L2312-8"). */
    public Set<String> legalReferences() {
        return lexical.articles();
    }

    /** Ids of the documents the question names ("selon le guide LaborIA"). */
    public Set<String> namedDocuments() {
        return named.documentIds();
    }

    /**
     * The document that alone speaks of a proper noun of the question ("UNIMEP": the one agreement it signs), if a single
     * document's passages use it: passages of that document are about it even when they do not repeat it.
     */
    public Optional<String> onlyDocumentSpeakingOf(String term) {
        return Optional.ofNullable(named.speakers().get(term));
    }

    /** The precise kind of fact the question asks for (a date, a number…), if any. */
    public Optional<ExpectedAnswer> expectedAnswer() {
        return Optional.ofNullable(expectedAnswer);
    }

    /** Every kind of precise fact the question asks for, in the order of {@link ExpectedAnswer}. */
    public List<ExpectedAnswer> expectedAnswers() {
        return ExpectedAnswer.allIn(text);
    }

    /** The analysed words with which the question asks for the facts it wants ("comment s'appelle", "quelle fréquence"). */
    public Set<String> askingTerms() {
        Set<String> out = new java.util.HashSet<>();
        for (ExpectedAnswer fact : expectedAnswers()) {
            for (String words : fact.askingWords(text)) out.addAll(coverage.termsOf(words));
        }
        return out;
    }

    /**
     * The analysed words of the question (key terms) that none of the texts contains, neither as such nor by a
     * glossary equivalent.
     */
    public Set<String> uncoveredTerms(java.util.Collection<String> texts) {
        java.util.Set<String> present = new java.util.HashSet<>();
        for (String t : texts) present.addAll(coverage.termsOf(t));
        return coverage.uncovered(present);
    }

    /**
     * The question's terms that the texts only cite ({@link Citations}): a name given among others, or in the title of a
     * reference, is one the documents do not say anything of.
     */
    public Set<String> onlyCitedIn(java.util.Collection<String> texts) {
        java.util.Set<String> anywhere = new java.util.HashSet<>();
        java.util.Set<String> speaking = new java.util.HashSet<>();
        for (String t : texts) {
            citations.forEachSentence(t, (sentence, cites) -> {
                List<String> terms = coverage.termsOf(sentence);
                anywhere.addAll(terms);
                if (!cites) speaking.addAll(terms);
            });
        }
        Set<String> cited = new java.util.LinkedHashSet<>(coverage.uncovered(speaking));
        cited.removeAll(coverage.uncovered(anywhere));
        return cited;
    }

    /**
     * The labour-law institutions the question names ("période d'essai", "heures supplémentaires", "sick leave"), each
     * by the first variant of its glossary group: what the question is about, which the passages must speak of.
     */
    public Set<String> concepts() {
        return concepts;
    }

    /** The institutions the question names that none of the texts speaks of, by any variant. */
    public Set<String> conceptsMissingFrom(java.util.Collection<String> texts) {
        if (concepts.isEmpty()) return Set.of();
        Set<String> missing = new java.util.LinkedHashSet<>(concepts);
        for (String t : texts) missing.removeAll(glossary.conceptsIn(t));
        return missing;
    }

    /**
     * The articles the question names ("que dit l'article 15 de l'accord ?", "article L. 2312-8") that none of the
     * passages is or cites: passages of a document the question names, when it names one. An article that does not
     * exist is not answered by its neighbours.
     */
    public Set<String> articlesMissingFrom(java.util.Collection<Passage> passages) {
        Set<String> asked = legalReferences();
        if (asked.isEmpty()) return Set.of();
        Set<String> missing = new java.util.LinkedHashSet<>(asked);
        Set<String> documents = namedDocuments();
        for (Passage passage : passages) {
            if (!documents.isEmpty() && !documents.contains(passage.documentId())) continue;
            String article = passage.article();
            if (article != null) missing.removeIf(a -> fr.paritaire.ingestion.text.Articles.sameOrPart(article, a));
            missing.removeAll(QueryAnalyzer.articles(passage.text()));
        }
        return missing;
    }

    /**
     * Whether the question is about what the documents are about: it uses a word of work, labour relations, law or AI
     * (search/topic-words.txt), or names a document, a labour-law institution, an article, an acronym the knowledge base
     * uses (CGT, RGPD) or a name only one of its documents speaks of (Solvéa, UNIMEP). "Comment réparer un pneu de vélo
     * crevé ?" is not, whatever passage shares a word with it.
     */
    public boolean aboutTheField() {
        if (!namedDocuments().isEmpty() || !concepts.isEmpty() || !legalReferences().isEmpty()) return true;
        if (TopicWords.bundled().mentions(text)) return true;
        // An English question says it through the French words its own translate to ("employee": "salarié").
        if ("en".equals(language) && TopicWords.bundled().mentions(lexical.terms().stream()
                .map(LexicalQuery.WeightedTerm::word).collect(java.util.stream.Collectors.joining(" ")))) return true;
        return keyTerms.stream().anyMatch(t -> t.passages() > 0 && !t.place() && (named.speakers().containsKey(t.term())
                || Words.capitalInside(t.word())));
    }

    /** Whether the question asks a plain count of a thing ("combien d'intérimaires ?"), which a figure must count. */
    public boolean countsAThing() {
        return counted != null;
    }

    /** The question's content words with their weights, in question order. */
    public List<KeyTerm> keyTerms() {
        return keyTerms;
    }

    /** Share, 0..1, of the question's weighted words a text contains (glossary equivalents count). */
    public double coverage(String text) {
        return coverage.coverage(text);
    }

    /**
     * How well a text answers the part of the question that asks for this kind of fact ("… combien de temps en tout,
     * et le premier comité, quel jour ?": the clause with "combien de temps"), counting only words the knowledge base
     * uses; the whole question when it covers more, or when no clause alone asks for it. The clause is found once; the
     * function measures each text (a fact sentence read with its neighbours) it is given.
     */
    public java.util.function.ToDoubleFunction<String> factCoverage(ExpectedAnswer fact) {
        List<String> asking = clauses().stream().filter(fact::askedIn).toList();
        Set<String> clause = asking.size() == 1 ? coverage.termSet(asking.getFirst()) : null;
        return text -> {
            Set<String> present = coverage.termSet(text);
            double whole = coverage.knownCoverage(present, null);
            return clause == null ? whole : Math.max(whole, coverage.knownCoverage(present, clause));
        };
    }

    /**
     * Whether a sentence states the fact the question asks, as precisely as it asks it ({@link ExpectedAnswer#answers}).
     * A name asked of a country or nationality ("comment s'appelle la fédération autrichienne ?") is stated only by a
     * name next to it, at most {@code nameNearPlace} characters away ("le syndicat polonais (FZZMiH)"): "les fédérations
     * de Croatie, d'Autriche et de Roumanie", in a sentence that names the Ceemet, names none of them.
     */
    public boolean statedBy(ExpectedAnswer fact, String sentence, int nameNearPlace) {
        if (!fact.answers(text, sentence)) return false;
        // A count asked of one site ("au siège de Nantes") is stated of that site, not of a whole spread over several:
        // "2 300 salariés répartis entre son siège de Nantes, trois centres…" does not say how many work in Nantes.
        if (fact == ExpectedAnswer.NUMBER && site != null && (!site.matcher(sentence).find() || SPREAD.matcher(sentence).find())) {
            return false;
        }
        // A count is of the thing asked: "1 400 salariés" does not say how many temporary workers there are.
        if (fact == ExpectedAnswer.NUMBER && counted != null) {
            return ExpectedAnswer.countedByFigures(sentence).stream().anyMatch(after -> coverage.expresses(counted, coverage.termSet(after)));
        }
        if (fact != ExpectedAnswer.NAME) return true;
        if (places.isEmpty()) return true;
        for (java.util.regex.Pattern place : places) {
            java.util.regex.Matcher at = place.matcher(sentence);
            while (at.find()) {
                for (java.util.regex.MatchResult name : ExpectedAnswer.namesIn(sentence)) {
                    int gap = name.start() >= at.end() ? name.start() - at.end() : at.start() - name.end();
                    if (gap < 0 || gap > nameNearPlace) continue;
                    Set<String> terms = coverage.termSet(name.group());
                    boolean isPlace = glossary.matches(name.group(), true).stream().anyMatch(Glossary.Match::place);
                    if (!terms.isEmpty() && !askedNearPlaces.containsAll(terms) && !isPlace) return true;
                }
            }
        }
        return false;
    }

    /** Any variant of a glossary group the question matched, as a whole word. */
    private static java.util.regex.Pattern variantsPattern(Glossary.Match match) {
        List<String> variants = new java.util.ArrayList<>(match.equivalents());
        variants.add(match.found());
        String alternatives = variants.stream().map(java.util.regex.Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
        return java.util.regex.Pattern.compile("(?iu)(?<!\\p{L})(?:" + alternatives + ")(?!\\p{L})");
    }

    /** The question cut into clauses: at sentence ends, colons, semicolons, dashes and ", et" / ", and". */
    List<String> clauses() {
        return java.util.Arrays.stream(CLAUSE_BREAK.split(text)).map(String::strip).filter(c -> !c.isEmpty()).toList();
    }

    private static final java.util.regex.Pattern CLAUSE_BREAK = java.util.regex.Pattern.compile(
            "(?<=[?!.;:])\\s+|\\s+[—–]\\s+|,\\s+(?=(?:et|and|mais|but|ou|or)\\s)");

    /** Whether the question has any content word to measure coverage by. */
    public boolean hasContent() {
        return !coverage.isEmpty();
    }

    /** Coverage of the passage's best window of sentences: how closely it answers the question. */
    public double focus(Passage passage) {
        return focus.of(coverage, null, passage);
    }

    /** The analysed words of a text, as the knowledge base indexes them. */
    public List<String> termsOf(String text) {
        return coverage.termsOf(text);
    }

    LexicalQuery lexical() {
        return lexical;
    }

    DocumentNames.Named named() {
        return named;
    }

    QuestionCoverage questionCoverage() {
        return coverage;
    }

    ExpectedAnswer expected() {
        return expectedAnswer;
    }
}
