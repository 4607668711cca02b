package fr.paritaire.assistant.answer;

import fr.paritaire.ingestion.Passage;

/**
 * One numbered citation: the passage's coordinates and a verbatim quote from it. Built by the verification gate from
 * the retrieved passage, never from what an answerer claimed about it.
 *
 * @param authority whether the passage binds: {@code law}, {@code agreement}, {@code guidance}, {@code study},
 *                  {@code position}, {@code example} (fictional: never a real agreement) or {@code other}
 * @param level an agreement's level, {@code branch} or {@code company}; null otherwise
 * (JSON also carries {@code fictional}: true for a fictional example, which every channel must say.)
 */
public record Citation(int n, String passageId, String documentId, String title, String source, String section,
                       String article, Integer page, String quote, String authority, String level) {

    /** A citation whose authority is not known (built outside the gate). */
    public Citation(int n, String passageId, String documentId, String title, String source, String section,
                    String article, Integer page, String quote) {
        this(n, passageId, documentId, title, source, section, article, page, quote, null, null);
    }

    /** Citation {@code n} quoting {@code quote} from the passage, with the passage's own coordinates and authority. */
    public static Citation of(int n, Passage p, String quote) {
        return new Citation(n, p.id(), p.documentId(), p.title(), p.source(), p.section(), p.article(), p.page(), quote,
                p.authority().id(), p.level() == null ? null : p.level().id());
    }

    public Citation renumbered(int n) {
        return new Citation(n, passageId, documentId, title, source, section, article, page, quote, authority, level);
    }

    /** Whether it quotes a fictional example (a sample agreement): every channel must say so. JSON {@code fictional}. */
    public boolean isFictional() {
        return "example".equals(authority);
    }
}
