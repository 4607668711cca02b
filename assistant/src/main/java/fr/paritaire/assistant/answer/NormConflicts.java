package fr.paritaire.assistant.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a quoted clause and a quoted article of law state different numbers of the same kind — a delay, a
 * duration, a headcount threshold — so the answer can flag it for human review ("à vérifier : principe de faveur").
 * It only compares numbers; it never judges which text applies or whether a clause is lawful.
 */
final class NormConflicts {

    /** A number of something, as written ("quinze jours") and in a comparable unit (days, hours, employees). */
    record Amount(String written, String kind, double value) {
    }

    /** One clause/law pair that disagree. */
    record Conflict(int clause, int law, Amount inClause, Amount inLaw) {
    }

    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("un", 1), Map.entry("une", 1),
            Map.entry("deux", 2), Map.entry("trois", 3), Map.entry("quatre", 4), Map.entry("cinq", 5), Map.entry("six", 6),
            Map.entry("sept", 7), Map.entry("huit", 8), Map.entry("neuf", 9), Map.entry("dix", 10), Map.entry("onze", 11),
            Map.entry("douze", 12), Map.entry("quinze", 15), Map.entry("vingt", 20), Map.entry("trente", 30),
            Map.entry("quarante", 40), Map.entry("cinquante", 50), Map.entry("soixante", 60), Map.entry("cent", 100),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("ten", 10), Map.entry("fifteen", 15), Map.entry("thirty", 30), Map.entry("fifty", 50));
    private static final String NUMBER = "(\\d[\\d\\s ]*|(?:vingt et un|quarante-cinq|trente et un|"
            + String.join("|", WORDS.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList()) + "))";
    private static final Pattern AMOUNT = Pattern.compile("(?iu)(?<![\\p{L}\\d])" + NUMBER
            + "\\s+(jours?(?: ouvrés| ouvrables| calendaires)?|semaines?|mois|ans|années?|heures?|salariés|days?|weeks?|months?|years?|hours?|employees)(?![\\p{L}])");

    private NormConflicts() {
    }

    /**
     * @param clauses quotes of agreement clauses (or sample clauses), by citation number
     * @param laws quotes of articles of law, by citation number
     */
    static List<Conflict> find(Map<Integer, String> clauses, Map<Integer, String> laws) {
        List<Conflict> conflicts = new ArrayList<>();
        for (var clause : clauses.entrySet()) {
            for (Amount a : amounts(clause.getValue())) {
                for (var law : laws.entrySet()) {
                    Optional<Amount> differing = amounts(law.getValue()).stream()
                            .filter(b -> b.kind().equals(a.kind()) && b.value() != a.value()).findFirst();
                    if (differing.isPresent() && conflicts.stream().noneMatch(c -> c.clause() == clause.getKey() && c.law() == law.getKey())) {
                        conflicts.add(new Conflict(clause.getKey(), law.getKey(), a, differing.get()));
                    }
                }
            }
        }
        return conflicts;
    }

    static List<Amount> amounts(String text) {
        List<Amount> out = new ArrayList<>();
        Matcher m = AMOUNT.matcher(text);
        while (m.find()) {
            Double n = number(m.group(1));
            if (n == null) continue;
            String unit = m.group(2).toLowerCase(Locale.ROOT);
            String kind = unit.startsWith("heure") || unit.startsWith("hour") ? "hours"
                    : unit.startsWith("salari") || unit.startsWith("employee") ? "employees" : "days";
            double perUnit = unit.startsWith("semaine") || unit.startsWith("week") ? 7
                    : unit.startsWith("mois") || unit.startsWith("month") ? 30
                    : unit.startsWith("an") || unit.startsWith("ann") || unit.startsWith("year") ? 365 : 1;
            out.add(new Amount(m.group().strip(), kind, n * perUnit));
        }
        return out;
    }

    private static Double number(String written) {
        String w = written.strip().toLowerCase(Locale.ROOT);
        if (w.matches("[\\d\\s ]+")) return Double.parseDouble(w.replaceAll("[\\s ]", ""));
        return switch (w) {
            case "vingt et un" -> 21.0;
            case "trente et un" -> 31.0;
            case "quarante-cinq" -> 45.0;
            default -> WORDS.containsKey(w) ? WORDS.get(w).doubleValue() : null;
        };
    }
}
