package fr.paritaire.assistant.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Plain text to Slack mrkdwn, and cutting it cleanly (at a paragraph, a sentence or a word) within Slack's limits. */
final class SlackText {

    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+(\\|[^>]*)?>");

    private SlackText() {
    }

    /** Escapes the three characters Slack reserves, so a quote can never become a link or a mention. */
    static String escape(String text) {
        if (text == null) return "";
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Markdown bold (**x**) becomes mrkdwn bold (*x*); everything else is escaped text. */
    static String mrkdwn(String text) {
        return BOLD.matcher(escape(text)).replaceAll("*$1*");
    }

    /** The text of a message with the mentions of users and bots removed: what was asked. */
    static String withoutMentions(String text) {
        return text == null ? "" : MENTION.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    /** Quotes every line (mrkdwn block quote). */
    static String quote(String text) {
        return "> " + text.strip().replace("\n", "\n> ");
    }

    /** At most {@code max} characters, cut at a word boundary and ending with "…" when cut. */
    static String cut(String text, int max) {
        if (text == null) return "";
        if (text.length() <= max) return text;
        int end = text.lastIndexOf(' ', max - 1);
        if (end < max / 2) end = max - 1;
        return text.substring(0, end).stripTrailing() + "…";
    }

    /** Pieces of at most {@code max} characters, split at paragraphs, else sentences, else words. */
    static List<String> split(String text, int max) {
        List<String> pieces = new ArrayList<>();
        String rest = text == null ? "" : text.strip();
        while (rest.length() > max) {
            int at = boundary(rest, max);
            pieces.add(rest.substring(0, at).strip());
            rest = rest.substring(at).strip();
        }
        if (!rest.isEmpty() || pieces.isEmpty()) pieces.add(rest.isEmpty() ? " " : rest);
        return pieces;
    }

    private static int boundary(String text, int max) {
        int paragraph = text.lastIndexOf("\n\n", max);
        if (paragraph > max / 2) return paragraph;
        int line = text.lastIndexOf('\n', max);
        if (line > max / 2) return line;
        for (int i = max - 1; i > max / 2; i--) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == ';') && Character.isWhitespace(text.charAt(i + 1))) return i + 1;
        }
        int space = text.lastIndexOf(' ', max);
        return space > max / 2 ? space : max;
    }
}
