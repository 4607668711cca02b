package fr.paritaire.ingestion.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Article numbers in one form, whether a chunker reads them in a code or a question names them. */
public final class Articles {

    private static final Pattern CODE = Pattern.compile("^([LRDlrd])\\.?(\\d.*)$");

    private Articles() {
    }

    /** "L. 2312-8", "l2312-8" and "L 2312-8" all give "L2312-8"; other numbers lose their spaces only. */
    public static String normalize(String raw) {
        String compact = raw.replaceAll("\\s", "");
        Matcher code = CODE.matcher(compact);
        return code.matches() ? code.group(1).toUpperCase() + code.group(2) : compact;
    }

    /**
     * Whether a passage's article is the one a question names, or part of it: "article 4" is answered by its clause 4.2,
     * "article 4.2" by article 4 that holds it. Both numbers normalised.
     */
    public static boolean sameOrPart(String article, String named) {
        return article.equals(named) || article.startsWith(named + ".") || named.startsWith(article + ".");
    }
}
