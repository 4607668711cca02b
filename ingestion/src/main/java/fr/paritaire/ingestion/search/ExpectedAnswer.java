package fr.paritaire.ingestion.search;

import java.util.regex.Pattern;

/**
 * What kind of fact a question asks for, when it asks for a precise one: a duration ("dans quel délai ?"), a date
 * ("à partir de quand ?"), an amount of money ("quel budget ?"), a number ("combien de salariés ?") or a name ("qui
 * pilote le projet ?"). An answer to
 * such a question must quote a sentence that states such a fact; topical passages without one do not answer it, and
 * search ranks passages that state one higher.
 */
public enum ExpectedAnswer {

    AMOUNT("un montant", "an amount",
            "(?iu)\\b(?:combien d['’]argent|quel(?:le)? (?:montant|budget|somme|co[uû]t|financement|taux)|(?:chiffr|évalu|estim)\\p{L}* à combien|à combien (?:s['’]él[eè]v|se mont)|how much (?:\\w+ )?(?:money|funding|budget|financing)|what (?:amount|budget|rate)|(?:total|overall) (?:budget|cost|amount)|how much did .* (?:receive|get|cost)"
                    // Fines are amounts too ("quelle amende ?", "what is the maximum fine?"), not "is it fine?".
                    + "|\\bamendes?\\b|pénalités? financières?|sanctions? financières?"
                    + "|\\b(?:maximum|max|what|which|the) (?:fines?|penalt(?:y|ies))\\b"
                    // "ça coûte combien ?", "l'ANACT a mis combien ?", "how much does it cost?"
                    + "|co[uû]te(?:nt|rait)? combien|combien (?:ça |ca |cela )?co[uû]te|(?:a|ont) (?:mis|donné|versé) combien|how much (?:does|did|will|would) .{0,40}cost)",
            "(?iu)\\d[\\d\\s.,]*\\s*(?:€|euros?\\b|EUR\\b|k€|M€|millions?\\b|milliards?\\b|dollars?\\b|\\$)|[€$]\\s?\\d"),
    DURATION("une durée ou un délai", "a duration or deadline",
            "(?iu)\\b(?:combien de temps|combien d['’](?:heures|années)|combien de (?:jours|mois|semaines|minutes)|quel(?:le)? (?:délai|durée)|dans quel délai|à quelle fréquence|how long|how often|how many (?:days|hours|weeks|months|years))",
            "(?iu)\\b\\d+\\s*(?:jours?|mois|semaines?|heures?|h\\b|ans|années?|days?|hours?|weeks?|months?|years?)\\b|\\bdélai d['’]un|\\b(?:un|deux|trois|quinze|trente) (?:jours|mois|semaines|ans)\\b"),
    DATE("une date", "a date",
            "(?iu)(?:\\bquand\\s*\\?|(?:à partir de|depuis|jusqu['’]à) quand|quand est-ce|quelle date|en quelle année|à quelle date|\\bwhen (?:did|does|do|will|was|were|is|are)\\b|^when\\b|since when|what date|which year)",
            "(?iu)\\b\\d{1,2}(?:er)?\\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\\b|\\b(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|january|february|march|april|may|june|july|august|september|october|november|december)\\s+\\d{4}\\b|\\b(?:19|20)\\d{2}\\b(?![/\\d])|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b"),
    NUMBER("un chiffre", "a figure",
            "(?iu)\\b(?:combien de|combien d['’]|how many|quel(?:le)? (?:pourcentage|proportion|part|nombre|effectif|taille|seuil)|what (?:share|percentage|proportion|number|size|threshold|headcount)|(?:from|at) what (?:company )?(?:size|headcount)|des chiffres|statisti)",
            "\\d"),
    /** Where to find it online: a web or e-mail address ("c'est quoi l'adresse du site ?"). */
    ADDRESS("une adresse (site ou courriel)", "an address (web or e-mail)",
            "(?iu)(?:\\b(?:adresse|url|lien)\\b.{0,40}\\b(?:site|web|internet|page)\\b|\\b(?:site|web|internet)\\b.{0,30}\\b(?:adresse|url|lien)\\b|\\b(?:web ?site|web) (?:address|url)\\b|what(?: is|['’]s) the (?:url|link|web address)|adresse (?:e-?mail|mail|électronique|courriel)|e-?mail address)",
            "(?iu)https?://|\\bwww\\.|\\b[\\w-]+\\.(?:fr|com|org|eu|net|int|info)\\b|[\\w.-]+@[\\w-]+\\."),
    /** Who: a person, an organisation, a body — stated by a name (a capitalised word inside the sentence, an acronym). */
    NAME("un nom", "a name",
            "(?iu)(?:(?:^|[?.!:]\\s+)(?:et\\s+|and\\s+)?(?:qui|who)\\b|\\bc['’]est qui\\b|comment s['’]appelle|what(?: is|['’]s) (?:the|its|their) name|which (?:organi[sz]ation|union|company|federation|body|institution|vendor|supplier|provider|firm)s?\\b|quel(?:le)?s? (?:organisation|syndicat|fédération|entreprise|organisme|institution|éditeur|prestataire|fournisseur|cabinet|OPCO)s?\\b|\\b(?:son|leur) nom\\b)",
            "(?<=[\\p{L}\\d,;:’'] )\\p{Lu}[\\p{L}-]+|\\b\\p{L}*\\p{Lu}\\p{L}*\\p{Lu}");

    private final String label;
    private final String englishLabel;
    private final Pattern question;
    private final Pattern fact;

    ExpectedAnswer(String label, String englishLabel, String question, String fact) {
        this.label = label;
        this.englishLabel = englishLabel;
        this.question = Pattern.compile(question);
        this.fact = Pattern.compile(fact);
    }

    /**
     * The precise fact the question asks for — a date, a duration, an amount or a number — or {@code null} when it asks
     * for no such thing. (A name is not one: search does not rank by it.)
     */
    public static ExpectedAnswer of(String question) {
        for (ExpectedAnswer type : values()) {
            if (type != NAME && type.question.matcher(question).find()) return type;
        }
        return null;
    }

    /** Every kind of precise fact the question asks for ("quand a-t-il démarré, et pour combien de temps ?": two). */
    public static java.util.List<ExpectedAnswer> allIn(String question) {
        java.util.List<ExpectedAnswer> all = new java.util.ArrayList<>();
        for (ExpectedAnswer type : values()) {
            if (type.question.matcher(question).find()) all.add(type);
        }
        // "Combien de temps" is a duration, not also a number.
        if (all.contains(NUMBER) && all.size() > 1 && !NUMBER_ALONE.matcher(question).find()) all.remove(NUMBER);
        return all;
    }

    private static final Pattern NUMBER_ALONE = Pattern.compile("(?iu)\\b(?:combien de (?!temps|jours|mois|semaines|minutes)|how many (?!days|hours|weeks|months|years))");

    /** Whether this text (a question or a clause of one) asks for this kind of fact. */
    public boolean askedIn(String text) {
        return question.matcher(text).find();
    }

    public boolean statedIn(String sentence) {
        return fact.matcher(sentence).find();
    }

    private static final Pattern ASKS_YEAR = Pattern.compile("(?iu)\\b(?:quelle année|what year|which year|in what year)\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");

    /**
     * Whether a sentence states the fact a question asks: for a date asked as a year ("en quelle année ?"), a year —
     * a day and a month ("un mardi 13 avril") do not answer it.
     */
    public boolean answers(String question, String sentence) {
        if (!statedIn(sentence)) return false;
        return this != DATE || !ASKS_YEAR.matcher(question).find() || YEAR.matcher(sentence).find();
    }

    public String label() {
        return label;
    }

    /** What is asked, for people: "une date", or "a date" when {@code language} is {@code en}. */
    public String label(String language) {
        return "en".equals(language) ? englishLabel : label;
    }
}
