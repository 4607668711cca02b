package fr.paritaire.ingestion.search;

import java.util.List;
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
            "(?iu)\\b(?:combien d['’]argent|quel(?:le)?(?: est| sont)?(?: le| la| les)? (?:montant|budget|somme|co[uû]t|financement|taux)|what(?: is|['’]s)? the (?:\\w+ ){0,2}(?:amount|budget|cost|price|fee)s?\\b|(?:chiffr|évalu|estim)\\p{L}* à combien|à combien (?:s['’]él[eè]v|se mont)|how much (?:\\w+ )?(?:money|funding|budget|financing)|what (?:amount|budget|rate)|(?:total|overall) (?:budget|cost|amount)|how much did .* (?:receive|get|cost)"
                    // Fines are amounts too ("quelle amende ?", "what is the maximum fine?"), not "is it fine?".
                    + "|\\bamendes?\\b|pénalités? financières?|sanctions? financières?"
                    + "|\\b(?:maximum|max|what|which|the) (?:fines?|penalt(?:y|ies))\\b"
                    // "ça coûte combien ?", "il a coûté combien ?", "l'ANACT a mis combien ?", "how much does it cost?"
                    + "|co[uû]t(?:e|ent|erait|é|és|ée|ées) combien|combien (?:ça |ca |cela )?(?:a |ont )?co[uû]t(?:e|é)|(?:a|ont) (?:mis|donné|versé) combien|how much (?:does|did|will|would) .{0,40}cost"
                    // "combien d'euros ?", "what is the euro cap?"
                    + "|combien d['’]euros|how many euros|\\b(?:en|in) euros\\b|\\beuro (?:cap|limit|ceiling|amount)"
                    // a rate asked as a quantity: "jusqu'à combien de l'heure ?", "how much per hour?"
                    + "|combien (?:de|par) l['’]heure|(?:jusqu['’]à|à hauteur de) combien(?!\\s+d(?:e\\s+(?!l['’])|['’]))|how much (?:per|an) hour)",
            "(?iu)\\d[\\d\\s.,]*\\s*(?:€|euros?\\b|EUR\\b|k€|M€|millions?\\b|milliards?\\b|dollars?\\b|\\$)|[€$]\\s?\\d"),
    DURATION("une durée ou un délai", "a duration or deadline",
            "(?iu)\\b(?:combien de temps|combien d['’](?:heures|années)|combien de (?:jours|mois|semaines|minutes)|quel(?:le)?(?: est| sont)?(?: le| la| les)? (?:délai|durée|préavis)|what(?: is|['’]s)? (?:the )?(?:notice period|time limit)|dans quel délai|à quelle fréquence|quelle (?:périodicité|fréquence)|tous les combien|how long|how often|how frequently|how many (?:days|hours|weeks|months|years))",
            "(?iu)\\b\\d+\\s*(?:jours?|mois|semaines?|heures?|h\\b|ans|années?|days?|hours?|weeks?|months?|years?)\\b|\\bdélai d['’]un"
                    // durations written in words: "deux mois", "quarante-cinq jours", "vingt et une heures"
                    + "|\\b(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|soixante|cent)(?:[- ](?:et[- ])?[\\p{L}]+)? (?:jours?|mois|semaines?|ans|années?|heures?|minutes?)\\b"
                    + "|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|forty-five|sixty) (?:days?|weeks?|months?|years?|hours?|minutes?)\\b"),
    DATE("une date", "a date",
            "(?iu)(?:\\bquand\\s*\\?|(?:à partir de|depuis|jusqu['’]à) quand|quand est-ce|quelle date|quelle année|à quelle date|\\bquel (?:jour|mois)\\b|\\b(?:what|which) (?:day|month)\\b(?!-)|à partir de quelle heure|à quelle heure|plages? horaires?|créneaux? horaires?|quels? (?:sont )?(?:les )?horaires|(?:between|from) (?:which|what) hours|what hours|what year|what time\\b(?!\\s+(?:limits?|frames?|periods?|off)\\b)|\\bwhen (?:did|does|do|will|was|were|is|are)\\b|^when\\b|since when|what date|which year)",
            "(?iu)\\b\\d{1,2}(?:er)?\\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\\b|\\b(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|january|february|march|april|may|june|july|august|september|october|november|december)\\s+\\d{4}\\b|\\b(?:19|20)\\d{2}\\b(?![/\\d])|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b"
                    // a weekday or a time of day answers "quand au plus tard ?": "au plus tard le jeudi à 17 heures"
                    + "|\\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\\b"
                    + "|\\b(?:à|entre|avant|après|at|before|after) \\d{1,2} ?(?:heures|h\\d{0,2}|am|pm|o['’]clock)\\b|\\b\\d{1,2}[h:]\\d{2}\\b"),
    NUMBER("un chiffre", "a figure",
            "(?iu)\\b(?:combien de|combien d['’]|how many|quel(?:le)? (?:pourcentage|proportion|part|nombre|effectif|taille|seuil)|what (?:share|percentage|proportion|number|size|threshold|headcount)|(?:from|at) what (?:company )?(?:size|headcount)|des chiffres|statisti)",
            // A figure: digits, or a number in words before what it counts ("quarante agences", "six criteria"). Years,
            // dates, amounts, addresses, article numbers and links are not figures (see statedIn).
            "(?iu)(?<![\\p{L}\\d.,-])\\d|(?<![\\p{L}\\d])(?:" + Numerals.WORDS + ")(?:[- ]\\p{L}+)? \\p{L}{3,}"
                    + "|(?<![\\p{L}])(?:" + Numerals.ROUGHLY + ")s? d"),
    /** Where to find it online: a web or e-mail address ("c'est quoi l'adresse du site ?"). */
    ADDRESS("une adresse (site ou courriel)", "an address (web or e-mail)",
            "(?iu)(?:\\b(?:adresse|url|lien)\\b.{0,40}\\b(?:site|web|internet|page)\\b|\\b(?:site|web|internet)\\b.{0,30}\\b(?:adresse|url|lien)\\b|\\b(?:web ?site|web) (?:address|url)\\b|what(?: is|['’]s) the (?:url|link|web address)|adresse (?:e-?mail|mail|électronique|courriel)|e-?mail address)",
            "(?iu)https?://|\\bwww\\.|\\b[\\w-]+\\.(?:fr|com|org|eu|net|int|info)\\b|[\\w.-]+@[\\w-]+\\."),
    /** Who: a person, an organisation, a body — stated by a name (a capitalised word inside the sentence, an acronym). */
    NAME("un nom", "a name",
            "(?iu)(?:(?:^|[?.!:]\\s+)(?:et\\s+|and\\s+)?(?:qui|who)\\b|\\bc['’]est qui\\b|comment s['’]appelle|what(?: is|['’]s) (?:the|its|their) name|which (?:[\\p{L}-]+ ){0,2}(?:organi[sz]ation|union|company|federation|body|institution|vendor|supplier|provider|firm)s?\\b|quel(?:le)?s? (?:organisation|syndicat|fédération|entreprise|organisme|institution|éditeur|prestataire|fournisseur|cabinet|OPCO)s?\\b|\\b(?:son|leur) nom\\b|\\ble nom d(?:e|u|es|['’])|\\bthe name of\\b)",
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
    public static List<ExpectedAnswer> allIn(String question) {
        List<ExpectedAnswer> all = new java.util.ArrayList<>();
        for (ExpectedAnswer type : values()) {
            if (type.question.matcher(question).find()) all.add(type);
        }
        // "Combien de temps" is a duration, not also a number.
        if (all.contains(NUMBER) && all.size() > 1 && !NUMBER_ALONE.matcher(question).find()) all.remove(NUMBER);
        return all;
    }

    private static final Pattern NUMBER_ALONE = Pattern.compile("(?iu)\\b(?:combien de (?!temps|jours|mois|semaines|minutes|l['’])|how many (?!days|hours|weeks|months|years))");

    /** The words with which a question asks for this kind of fact ("comment s'appelle", "à quelle fréquence"). */
    public List<String> askingWords(String text) {
        return question.matcher(text).results().map(java.util.regex.MatchResult::group).toList();
    }

    /** Whether this text (a question or a clause of one) asks for this kind of fact. */
    public boolean askedIn(String text) {
        return question.matcher(text).find();
    }

    public boolean statedIn(String sentence) {
        if (this == NUMBER && HAS_DIGIT.matcher(sentence).find()) sentence = NOT_A_FIGURE.matcher(sentence).replaceAll(" ");
        return fact.matcher(sentence).find();
    }

    /**
     * A plain "when?" in the present ("quand se réunit la commission ?", "when does the disconnection period apply?"):
     * what recurs answers it by how often. Not "depuis quand", "jusqu'à quand", "à partir de quand", nor one in the past
     * ("quand a-t-il été signé ?", "when was it signed?"), which ask a date.
     */
    private static final Pattern PLAIN_WHEN = Pattern.compile(
            "(?iu)(?<!depuis |jusqu['’]à |partir de )\\bquand\\b|\\bwhen (?:does|do|is|are)\\b");
    private static final Pattern PAST = Pattern.compile(
            "(?iu)\\b(?:a|ont|avait|avaient)(?:-t-(?:il|elle|on)|-(?:ils|elles))?\\s+(?:été|eu)\\b|\\ba-t-(?:il|elle|on)\\b|\\bont-(?:ils|elles)\\b");

    /**
     * Digits that count nothing: links and e-mail addresses, dates and years, amounts of money, street numbers and
     * postcodes, article, page and paragraph numbers. "Combien de conseillers à Lille ?" is not answered by "45 avenue de
     * la Libération, 59000 Lille", "how many cards?" not by a link ending in "2025/03/…pdf".
     */
    private static final Pattern HAS_DIGIT = Pattern.compile("\\d");
    private static final Pattern NOT_A_FIGURE = Pattern.compile("(?iu)https?://\\S+|\\bwww\\.\\S+|(?<![\\w.-])[\\w.-]+@[\\w.-]+"
            + "|\\b\\d{1,2}(?:er)?\\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?:\\s+\\d{4})?\\b"
            + "|\\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\\s+\\d{1,2}(?:,?\\s+\\d{4})?\\b"
            + "|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b"
            // a year, unless a word follows that it counts ("2000 salariés"): "en 2023, le Ceemet", "(Voos, 2022)"
            + "|(?<![\\p{L}\\d])(?:19|20)\\d{2}(?![\\p{L}\\d])(?!\\s+(?!(?:et|à|au|aux|entre|par|pour|sur|dans|le|la|les|de|du|des|en|qui|que|a|ont|est|sont|and|to|in|on|the|of|by|for|was|were|is|are)(?!\\p{L}))\\p{Ll}{3,})"
            + "|\\d[\\d.,]*+(?:\\s++\\d[\\d.,]*+)*+\\s*+(?:€|euros?\\b|EUR\\b|k€|M€)|[€$]\\s?\\d[\\d.,]*+(?:\\s++\\d[\\d.,]*+)*+"
            + "|\\b\\d+(?:\\s?(?:bis|ter))?,?\\s+(?:rue|avenue|av\\.|boulevard|bd|place|allée|chemin|quai|route|impasse|street|road)\\b"
            // a postcode before its town: "59000 Lille" (not "12500 salariés")
            + "|(?<![\\p{L}\\d])\\d{5}(?=\\s+(?-i:\\p{Lu}))"
            + "|(?<![\\p{L}\\d])(?:articles?|art\\.|annexes?|chapitres?|titres?|sections?|p\\.|pp\\.|pages?|par\\.|§|n°|no\\.)\\s*\\d+(?:[.-]\\d+)*"
            + "|(?<![\\p{L}\\d])[LRD]\\.?\\s?\\d{3,4}-\\d+(?:-\\d+)?");

    /**
     * A question that asks more precisely than its kind of fact, and what a sentence must then state: a date asked as a
     * year ("de quelle année ?") is not answered by "un mardi 13 avril", a day ("quel jour ?") not by "en juin 2025", a
     * share ("quel pourcentage ?", "by what percentage?") not by a count, a headcount threshold ("from what company
     * size?") not by an article number, a frequency ("à quelle fréquence ?", "how often?") not by a duration.
     */
    private enum Precisely {
        YEAR(DATE, "une année", "a year", "(?iu)\\b(?:quelle année|what year|which year)\\b", "\\b(?:19|20)\\d{2}\\b"),
        DAY(DATE, "un jour précis", "an exact day", "(?iu)\\b(?:quel jour|what day|which day|(?:quelles?|à quelles?|what|which|on what|the exact) dates?|dates? exactes?|exact dates?)\\b",
                "(?iu)\\b\\d{1,2}(?:er)?\\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\\b"
                        + "|\\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\\s+\\d{1,2}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b"
                        + "|\\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\\b"),
        SHARE(NUMBER, "une part ou un pourcentage", "a share or percentage", "(?iu)\\b(?:quel(?:le)? (?:pourcentage|proportion|part)|what (?:share|percentage|proportion)|(?:by )?how much (?:percent|per cent)|what percent)\\b",
                "(?iu)\\d\\s*%|\\bpour ?cent\\b|\\bper ?cent\\b|\\b(?:la moitié|un tiers|deux tiers|un quart|trois quarts|half|a third|two thirds|a quarter)\\b"
                        + "|\\b(?:un|une|deux|trois|one|two|three|\\d+) (?:\\p{L}+ )?(?:sur|in|out of) (?:deux|trois|quatre|cinq|dix|two|three|four|five|ten|\\d+)\\b"
                        // "10 décideurs sur 6 à 9 mois" is a period, not a share
                        + "(?!\\s*(?:à|to|-|–)\\s*\\d)(?!\\s+(?:mois|ans|années|jours|semaines|heures|months|years|days|weeks|hours)\\b)"),
        HEADCOUNT(NUMBER, "un effectif", "a headcount", "(?iu)(?:à partir de|dès|au-delà de|from|at|above) (?:combien de (?:salariés|personnes)|quel(?:le)? (?:effectif|taille|seuil)|what (?:company )?(?:size|headcount|threshold|number of (?:employees|staff|workers)))"
                + "|\\bquel(?:le)? (?:effectif|seuil)\\b|\\bwhat (?:headcount|threshold)\\b",
                "(?iu)\\b(?:\\d+|onze|vingt|cinquante|cent|deux cents|trois cents|mille)\\s+(?:salariés|personnes|employés|agents|travailleurs|employees|workers|staff|people)\\b"),
        // Working time is counted in hours and minutes, calendar time in days, weeks, months and years: "combien d'heures
        // de délégation ?" is not answered by "deux jours de formation", "sur combien de mois ?" not by "150 heures".
        HOURS(DURATION, "un nombre d'heures", "a number of hours", "(?iu)\\bcombien d['’]heures|combien de minutes|how many (?:hours|minutes)\\b",
                "(?iu)(?:\\b\\d+(?:[.,]\\d+)?\\s*|" + Numerals.SPELLED + ")(?:heures?|h|minutes?|min|hours?)\\b|\\bdemi-heure|\\bhalf an hour"),
        CALENDAR(DURATION, "une durée en jours, mois ou années", "a duration in days, months or years",
                "(?iu)\\bcombien de (?:jours|semaines|mois)|combien d['’]années|how many (?:days|weeks|months|years)\\b",
                "(?iu)(?:\\b\\d+\\s*|" + Numerals.SPELLED + ")(?:jours?|semaines?|mois|ans?|années?|days?|weeks?|months?|years?)\\b"),
        FREQUENCY(DURATION, "une fréquence", "a frequency", "(?iu)(?:à quelle fréquence|quelle (?:périodicité|fréquence)|tous les combien|how often|how frequently|at what (?:frequency|interval))",
                "(?iu)\\b(?:chaque|tous les|toutes les|une fois par|deux fois par|par) (?:an|année|mois|semaine|trimestre|semestre|jour|\\d+|deux|trois|quatre|six)\\b"
                        // "une mise à jour annuelle" is a frequency; "le programme annuel de prévention" is a programme.
                        + "|\\b(?:annuellement|mensuellement|trimestriellement|semestriellement|quotidiennement)\\b|\\bau moins une fois\\b"
                        + "|\\b(?:réunion|bilan|mise à jour|révision|réexamen|point|rapport|entretien|examen|consultation|information)s? (?:annuel|mensuel|trimestriel|semestriel|hebdomadaire|quotidien)"
                        + "|\\b(?:every|each|once a|twice a|per) (?:year|month|week|quarter|day|\\d+|two|three|six)\\b|\\b(?:annually|yearly|monthly|weekly|quarterly|daily)\\b");

        private final ExpectedAnswer of;
        private final String label;
        private final String englishLabel;
        private final Pattern asked;
        private final Pattern stated;

        Precisely(ExpectedAnswer of, String label, String englishLabel, String asked, String stated) {
            this.of = of;
            this.label = label;
            this.englishLabel = englishLabel;
            this.asked = Pattern.compile(asked);
            this.stated = Pattern.compile(stated);
        }

        static Precisely in(ExpectedAnswer type, String question) {
            for (Precisely precisely : values()) {
                if (precisely.of == type && precisely.asked.matcher(question).find()) return precisely;
            }
            return null;
        }
    }

    /**
     * Whether a sentence states the fact a question asks, as precisely as it asks it: a year for "de quelle année ?",
     * a share for "quel pourcentage ?", a number of employees for "à partir de quel effectif ?", a frequency for "à
     * quelle fréquence ?"; otherwise any fact of this kind.
     */
    public boolean answers(String question, String sentence) {
        Precisely precisely = Precisely.in(this, question);
        if (precisely != null) return precisely.stated.matcher(sentence).find();
        if (statedIn(sentence)) return true;
        // "Quand se réunit la commission ?" is answered by when it meets: "deux fois par an".
        return this == DATE && PLAIN_WHEN.matcher(question).find() && !PAST.matcher(question).find()
                && Precisely.FREQUENCY.stated.matcher(sentence).find();
    }

    /**
     * The thing a question counts ("combien d'intérimaires ?": "intérimaires"; "how many negotiation meetings?":
     * "negotiation meetings"), when it asks a plain count of something — not a share, a threshold, a duration or a
     * count of people in general — else {@code null}.
     */
    public static String countedIn(String question) {
        if (Precisely.in(NUMBER, question) != null) return null;
        java.util.regex.Matcher m = COUNTED.matcher(question);
        if (!m.find()) return null;
        String thing = m.group(1) + (m.group(2) == null ? "" : " " + m.group(2));
        return GENERIC_COUNT.matcher(m.group(1)).matches() ? null : thing;
    }

    private static final Pattern COUNTED = Pattern.compile("(?iu)(?:\\bcombien\\s+d(?:e\\s+|['’])|\\bnombre\\s+d(?:e\\s+|['’])|\\bhow\\s+many\\s+)"
            + "(?!temps\\b|l['’]|la\\s|les\\s|le\\s)(\\p{L}[\\p{L}-]*)(?:\\s+(\\p{L}[\\p{L}-]*))?");
    private static final Pattern GENERIC_COUNT = Pattern.compile("(?iu)personnes?|gens|people|persons?|fois|times|choses?|things?|éléments?|exemples?|examples?|entre|are|is|were|was|do|does|did|have|has|of|[\\p{L}]{1,2}");

    /**
     * What each figure of a sentence counts: the words that follow it ("2 600 conseillers clientèle" gives "conseillers
     * clientèle, répartis"), or the label before it in a table or after a colon ("Intérimaires : 260"). Years, amounts,
     * addresses and the like are not figures.
     */
    public static List<String> countedByFigures(String sentence) {
        String clean = NOT_A_FIGURE.matcher(sentence).replaceAll(" ");
        List<String> out = new java.util.ArrayList<>();
        java.util.regex.Matcher figure = FIGURE.matcher(clean);
        while (figure.find()) {
            java.util.regex.Matcher after = FOLLOWING.matcher(clean).region(figure.end(), clean.length());
            if (after.lookingAt()) out.add(after.group().strip());
        }
        // A label before a colon or a table cell counts the figure after it ("Intérimaires\t260", "Effectif : 1 400").
        java.util.regex.Matcher labelled = LABELLED.matcher(clean);
        while (labelled.find()) out.add(labelled.group(1).strip());
        return out;
    }

    private static final Pattern LABELLED = Pattern.compile("((?:[\\p{L}'’-]+ ){0,2}[\\p{L}'’-]+) *+(?::|\\t)[ \\t]*+\\d");

    private static final Pattern FIGURE = Pattern.compile("(?iu)(?<![\\p{L}\\d.,-])\\d[\\d.,]*+(?:[ \\u00a0\\u202f]++\\d[\\d.,]*+)*+(?:%|[ \\u00a0\\u202f])"
            // "une soixantaine de", "des centaines d'": a figure too
            + "|(?<![\\p{L}])(?:" + Numerals.ROUGHLY + ")s?\\s+d(?:e\\s+|['’])"
            + "|(?<![\\p{L}\\d])(?:" + Numerals.WORDS + ")(?:[- ](?:et[- ])?(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingts?|cents?|mille))*\\s");
    private static final Pattern FOLLOWING = Pattern.compile(" *(?:[^\\s.;:!?]+ *){1,3}");

    /** What is asked, for people, as precisely as the question asks it: "une année" for "de quelle année ?". */
    public String label(String question, String language) {
        Precisely precisely = Precisely.in(this, question);
        if (precisely == null) return label(language);
        return "en".equals(language) ? precisely.englishLabel : precisely.label;
    }

    /** Where a sentence states names, as {@link #NAME} finds them (capitalised words inside it, acronyms). */
    public static List<java.util.regex.MatchResult> namesIn(String sentence) {
        return NAME.fact.matcher(sentence).results().toList();
    }

    /** Numbers in words: what a count question accepts as a figure and what a sentence's figures count, read alike. */
    private static final class Numerals {
        /** A number in words before a unit, as a whole word followed by a space: "deux mois", "vingt-quatre mois", "one year". */
        static final String SPELLED = "\\b(?:une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent"
                + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a)(?:[- ](?:et[- ])?\\p{L}+)?\\s+";
        static final String WORDS = "deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|mille"
                + "|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|thousand|dozens?";
        /** "une soixantaine", "des centaines" */
        static final String ROUGHLY = "dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine|millier";
    }

    public String label() {
        return label;
    }

    /** What is asked, for people: "une date", or "a date" when {@code language} is {@code en}. */
    public String label(String language) {
        return "en".equals(language) ? englishLabel : label;
    }
}
