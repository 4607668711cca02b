package fr.paritaire.ingestion.search;

import java.util.regex.Pattern;

/**
 * What kind of fact a question asks for, when it asks for a precise one: a duration ("dans quel délai ?"), a date
 * ("à partir de quand ?"), an amount of money ("quel budget ?") or a number ("combien de salariés ?"). An answer to
 * such a question must quote a sentence that states such a fact; topical passages without one do not answer it, and
 * search ranks passages that state one higher.
 */
public enum ExpectedAnswer {

    AMOUNT("un montant",
            "(?iu)\\b(?:combien d['’]argent|quel(?:le)? (?:montant|budget|somme|co[uû]t|financement)|how much (?:\\w+ )?(?:money|funding|budget|financing)|what (?:amount|budget)|how much did .* (?:receive|get|cost)"
                    // Fines are amounts too ("quelle amende ?", "what is the maximum fine?"), not "is it fine?".
                    + "|\\bamendes?\\b|pénalités? financières?|sanctions? financières?"
                    + "|\\b(?:maximum|max|what|which|the) (?:fines?|penalt(?:y|ies))\\b)",
            "(?iu)\\d[\\d\\s.,]*\\s*(?:€|euros?\\b|EUR\\b|k€|M€|millions?\\b|milliards?\\b|dollars?\\b|\\$)|[€$]\\s?\\d"),
    DURATION("une durée ou un délai",
            "(?iu)\\b(?:combien de temps|combien d['’](?:heures|années)|combien de (?:jours|mois|semaines|minutes)|quel(?:le)? (?:délai|durée)|dans quel délai|how long|how many (?:days|hours|weeks|months|years))",
            "(?iu)\\b\\d+\\s*(?:jours?|mois|semaines?|heures?|h\\b|ans|années?|days?|hours?|weeks?|months?|years?)\\b|\\bdélai d['’]un|\\b(?:un|deux|trois|quinze|trente) (?:jours|mois|semaines|ans)\\b"),
    DATE("une date",
            "(?iu)(?:\\bquand\\s*\\?|(?:à partir de|depuis|jusqu['’]à) quand|quand est-ce|quelle date|en quelle année|à quelle date|\\bwhen (?:did|does|do|will|was|were|is|are)\\b|^when\\b|since when|what date|which year)",
            "(?iu)\\b\\d{1,2}(?:er)?\\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\\b|\\b(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|january|february|march|april|may|june|july|august|september|october|november|december)\\s+\\d{4}\\b|\\b(?:19|20)\\d{2}\\b(?![/\\d])|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b"),
    NUMBER("un chiffre",
            "(?iu)\\b(?:combien de|combien d['’]|how many|quel(?:le)? (?:pourcentage|proportion|part|nombre|effectif)|what (?:share|percentage|proportion|number)|des chiffres|statisti)",
            "\\d");

    private final String label;
    private final Pattern question;
    private final Pattern fact;

    ExpectedAnswer(String label, String question, String fact) {
        this.label = label;
        this.question = Pattern.compile(question);
        this.fact = Pattern.compile(fact);
    }

    /** The precise fact the question asks for, or {@code null} when it asks for no such thing. */
    public static ExpectedAnswer of(String question) {
        for (ExpectedAnswer type : values()) {
            if (type.question.matcher(question).find()) return type;
        }
        return null;
    }

    public boolean statedIn(String sentence) {
        return fact.matcher(sentence).find();
    }

    public String label() {
        return label;
    }
}
