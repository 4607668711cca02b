package fr.paritaire.ingestion.search;

import fr.paritaire.ingestion.store.LexicalQuery;
import fr.paritaire.ingestion.text.FrenchAnalyzer;
import fr.paritaire.ingestion.text.Articles;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the lexical query of a question: its own analysed words, the glossary's equivalents at a lower weight, and
 * the labour-code articles it cites ("L2312-8", "L. 2312-8", "article L.6321-1").
 */
public final class QueryAnalyzer {

    private static final Pattern CODE_ARTICLE = Pattern.compile("(?<![\\p{L}\\d])([LRD])\\s?\\.?\\s?(\\d{3,4}-\\d+(?:-\\d+)?)");
    private static final Pattern NUMBERED_ARTICLE = Pattern.compile("(?i)\\barticles?\\s+(\\d+(?:\\.\\d+)*)\\b");
    private static final Pattern LEGAL_BASIS = Pattern.compile("(?iu)(?<![\\p{L}])(?:articles?|lois?|légal\\p{L}*|"
            + "juridique\\p{L}*|code du travail|oblig\\p{L}*|droits?|doi(?:t|vent)-(?:il|elle|on)s?|faut-il|tenue?s? de|"
            + "laws?|legal\\p{L}*|statut\\p{L}*|must|have to|has to|required|entitled)(?![\\p{L}])");
    private static final Pattern ARTICLE_REQUEST = Pattern.compile("(?iu)(?<![\\p{L}])(?:quels? articles?|quelles? dispositions?|"
            + "sur quels? (?:texte|fondement)s?|quel(?:le)? (?:texte de loi|base (?:légale|juridique)|fondement (?:légal|juridique))|"
            + "(?:base|fondement) (?:légal|juridique)\\p{L}*|which (?:article|provision|law)s?|what (?:article|provision|law)s?|"
            + "legal basis)(?![\\p{L}])");
    /** "Par exemple", "for example": a way of speaking, not a request for examples. */
    private static final Pattern EXAMPLES = Pattern.compile("(?iu)(?<![\\p{L}])(?:exemples|(?<!par )exemple|modèles?|clauses? types?|"
            + "accords? types?|clauses?|examples|(?<!for )example|samples?|templates?|model (?:clause|agreement)s?)(?![\\p{L}])");
    /**
     * What someone says, wants or provides: "que prévoit l'accord…", "qu'a recommandé la TUAC", "what did the Austrian
     * federation say", "what position did…", "what commitments did…".
     */
    private static final Pattern STANCE = Pattern.compile("(?iu)(?<![\\p{L}-])(?:dit|disent|dire|pr[ée]voi(?:t|ent)|pr[ée]vu|"
            + "recommand\\p{L}*|pr[ée]conis\\p{L}*|(?<!à )propos(?:e|es|ent|é|ée|és|ées|er|ed|al|als|ition|itions)|exig\\p{L}*|revendi\\p{L}*|"
            + "pensent|pense|positions?|s['’]engag\\p{L}*|engagements?|réclam\\p{L}*|que demande|demandent|demandé|say|says|said|recommend\\p{L}*|"
            + "provides?|provided|demand(?:s|ed)?|stance|views?|think|thinks|commit(?:s|ted|ments?)?|"
            + "call(?:s|ed)? for|take on|guidance|advice|advis(?:e|es|ed)|conseille|conseillent)(?![\\p{L}])");
    private static final Set<String> QUESTION_WORDS = Set.of("quel", "quell", "quels", "quelle", "quelles", "comment",
            "combien", "pourquoi", "quand", "est", "qu", "dit", "selon", "existe", "exist", "faut", "pourrait", "pourr",
            "peut", "dois", "doi", "veut", "veul", "whi", "according", "what", "mean", "say", "says", "do", "doe",
            "oui", "non", "si", "alors", "il", "y", "a", "quoi",
            // Prepositions of time and source: they frame the question ("avant l'introduction", "d'après l'étude")
            // and are no evidence in a passage.
            "avant", "apre", "pendant", "lor", "depui", "durant");

    /**
     * Words of chat that say how the question is asked, not what it asks ("c'est qui déjà ?", "quel jour exactement ?",
     * "what exactly…", "please"): no passage is evidence by containing them. Matched as written (lower case), not by
     * their analysed term: "exactement" is chat, "un montant exact" is not.
     */
    private static final Set<String> CHAT_WORDS = Set.of("déjà", "exactement", "concrètement", "vraiment", "svp", "stp",
            "merci", "bonjour", "salut", "exactly", "actually", "really", "please", "thanks", "hello");

    /** Words by which a question points at a source rather than at what it asks ("d'après l'étude", "selon le guide"). */
    private static final String SOURCE_WORDS = "étude études guide guides manifeste rapport rapports publication study studies report manifesto";

    private final FrenchAnalyzer analyzer;
    private final Glossary glossary;
    private final float expansionWeight;
    private final Set<String> sourceTerms;

    public QueryAnalyzer(FrenchAnalyzer analyzer, Glossary glossary, float expansionWeight) {
        this.analyzer = analyzer;
        this.glossary = glossary;
        this.expansionWeight = expansionWeight;
        this.sourceTerms = Set.copyOf(analyzer.terms(SOURCE_WORDS));
    }

    /** Whether a word of the question, as written, is chat rather than what it asks. */
    private static boolean chat(String word) {
        return CHAT_WORDS.contains(stripElision(word).toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether an analysed term is one of the words by which questions point at a source ("l'étude", "le guide"). */
    public boolean refersToSource(String analyzedTerm) {
        return sourceTerms.contains(analyzedTerm);
    }

    public LexicalQuery analyze(String question) {
        Map<String, LexicalQuery.WeightedTerm> terms = new LinkedHashMap<>();
        addWords(question, 1f, terms);
        for (String expansion : glossary.expansions(question, isEnglish(question))) {
            addWords(expansion, expansionWeight, terms);
        }
        return new LexicalQuery(question, List.copyOf(terms.values()), articles(question), asksLegalBasis(question));
    }

    /** The content words of a question: each analysed term, in question order, with the word it came from. */
    public Map<String, String> contentWords(String question) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String word : question.split("[\\s'’]+")) {
            if (chat(word)) continue;
            for (String term : analyzer.terms(word)) {
                if (!QUESTION_WORDS.contains(term) && term.length() > 1) out.putIfAbsent(term, stripElision(word));
            }
        }
        return out;
    }

    public static boolean isEnglish(String question) {
        return "en".equals(fr.paritaire.ingestion.text.LanguageGuess.of(question));
    }

    /** Whether the question asks what the law requires ("doit-il ?", "quel article ?", "is it mandatory?"). */
    public boolean asksLegalBasis(String question) {
        return LEGAL_BASIS.matcher(question).find();
    }

    /** Whether the question explicitly asks which article of law applies ("je m'appuie sur quel article ?"). */
    public boolean asksForArticle(String question) {
        return ARTICLE_REQUEST.matcher(question).find();
    }

    /** Whether the question asks for examples or model clauses, which fictional sample documents may provide. */
    public boolean asksForExamples(String question) {
        return EXAMPLES.matcher(question).find();
    }

    /** Whether the question asks what someone says, wants or provides ("que prévoit…", "what did … say"). */
    public boolean asksStance(String question) {
        return STANCE.matcher(question).find();
    }

    public Glossary glossary() {
        return glossary;
    }

    public FrenchAnalyzer analyzer() {
        return analyzer;
    }

    private void addWords(String text, float weight, Map<String, LexicalQuery.WeightedTerm> terms) {
        for (String word : words(text)) {
            if (chat(word)) continue;
            for (String term : analyzer.terms(word)) {
                if (QUESTION_WORDS.contains(term) || term.length() < 2) continue;
                terms.merge(term, new LexicalQuery.WeightedTerm(term, stripElision(word), weight),
                        (a, b) -> a.weight() >= b.weight() ? a : b);
            }
        }
    }

    private static String stripElision(String word) {
        return withoutElision(word).replaceAll("[^\\p{L}\\d-]", "");
    }

    /** A question's words, split at spaces and punctuation (apostrophes and hyphens stay inside words). */
    static String[] words(String text) {
        return text.split("[\\s/,;:?!.()«»\"“”]+");
    }

    /** The word without a leading elided article or pronoun ("l'", "d'", "qu'"…) nor an English possessive ("Solvéa's"). */
    static String withoutElision(String word) {
        return word.replaceFirst("^(?i)(?:[lmtnsjdc]|qu|jusqu|lorsqu|puisqu)['’]", "").replaceFirst("(?i)(?<=\\p{L})['’]s$", "");
    }

    /** The labour-code articles a text cites ("article L. 2312-8" gives "L2312-8"). */
    public static Set<String> codeArticlesCitedIn(String text) {
        Set<String> articles = new LinkedHashSet<>();
        Matcher code = CODE_ARTICLE.matcher(text);
        while (code.find()) articles.add(Articles.normalize(code.group(1) + code.group(2)));
        return articles;
    }

    static Set<String> articles(String question) {
        Set<String> articles = codeArticlesCitedIn(question);
        Matcher numbered = NUMBERED_ARTICLE.matcher(question);
        while (numbered.find()) articles.add(numbered.group(1));
        return articles;
    }
}
