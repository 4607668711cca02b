package fr.paritaire.ingestion.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects Tika's XHTML as plain text, one string per page ({@code <div class="page">} in PDFs), keeping the structure
 * the chunker needs: block elements end lines, headings are marked with '#', table cells are separated by tabs.
 */
final class PageCollectingHandler extends DefaultHandler {

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "tr", "br", "table", "ul", "ol", "blockquote", "section", "article");
    private static final Set<String> SKIPPED = Set.of("script", "style", "nav", "header", "footer", "aside", "noscript", "title");
    /**
     * A web page's chrome inside the article: share bars, breadcrumbs, cookie banners, skip links, by their class or role
     * ("Partager : LinkedIn · Courriel · Imprimer" is not something to quote).
     */
    private static final Set<String> CHROME_CLASSES = Set.of("share", "sharing", "share-bar", "share-buttons", "share-links",
            "social-share", "social-links", "social-buttons", "breadcrumb", "breadcrumbs", "cookie", "cookies", "cookie-banner",
            "cookie-notice", "cookie-consent", "skip-link", "skip-links", "print-links", "toolbar");
    /** Elements that hold the content itself: never skipped, whatever their classes say ("category-dialogue-social"). */
    private static final Set<String> CONTENT = Set.of("article", "main", "section", "body", "html");
    private static final Set<String> CHROME_ROLES = Set.of("navigation", "banner", "contentinfo", "search");

    private final List<String> pages = new ArrayList<>();
    private final int maxChars;
    private StringBuilder current = new StringBuilder();
    private int total;
    private int skipDepth;
    /** For each open element, whether it is skipped with what it holds. */
    private final java.util.ArrayDeque<Boolean> skipping = new java.util.ArrayDeque<>();
    private int cellDepth;
    private boolean sawPageDiv;
    private boolean limitReached;

    PageCollectingHandler(int maxChars) {
        this.maxChars = maxChars;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = localName.isEmpty() ? qName : localName;
        boolean skipped = SKIPPED.contains(name) || (!CONTENT.contains(name) && isChrome(atts));
        skipping.push(skipped);
        if (skipped) {
            skipDepth++;
            return;
        }
        if ("div".equals(name) && "page".equals(atts.getValue("class"))) {
            // Whatever precedes the first page (document-level whitespace) belongs to page 1, not to a page 0.
            if (sawPageDiv) flushPage();
            else if (current.toString().isBlank()) current.setLength(0);
            sawPageDiv = true;
            return;
        }
        if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
            current.append("\n\n").append("#".repeat(name.charAt(1) - '0')).append(' ');
        } else if ("td".equals(name) || "th".equals(name)) {
            cellDepth++;
            current.append('\t');
        } else if (cellDepth > 0 && BLOCKS.contains(name) && !"tr".equals(name) && !"table".equals(name)) {
            current.append(' ');
        } else if (BLOCKS.contains(name)) {
            current.append('\n');
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.isEmpty() ? qName : localName;
        if (skipping.isEmpty() ? SKIPPED.contains(name) : skipping.pop()) {
            skipDepth = Math.max(0, skipDepth - 1);
            return;
        }
        if ("td".equals(name) || "th".equals(name)) {
            cellDepth = Math.max(0, cellDepth - 1);
        } else if (cellDepth > 0) {
            // Paragraphs inside a table cell stay on the row's line.
            if (BLOCKS.contains(name)) current.append(' ');
        } else if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
            current.append("\n\n");
        } else if ("p".equals(name) || "li".equals(name) || "tr".equals(name)) {
            current.append('\n');
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (skipDepth > 0 || limitReached) return;
        if (cellDepth > 0) {
            // Line breaks inside a cell would split the row.
            char[] flat = new char[length];
            for (int i = 0; i < length; i++) {
                char c = ch[start + i];
                flat[i] = c == '\n' || c == '\r' || c == '\t' ? ' ' : c;
            }
            ch = flat;
            start = 0;
        }
        total += length;
        if (total > maxChars) {
            limitReached = true;
            return;
        }
        current.append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    private static boolean isChrome(Attributes atts) {
        String type = atts.getValue("class");
        String role = atts.getValue("role");
        if (role != null && CHROME_ROLES.contains(role.strip())) return true;
        if (type == null) return false;
        for (String token : type.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            if (CHROME_CLASSES.contains(token)) return true;
        }
        return false;
    }

    boolean limitReached() {
        return limitReached;
    }

    boolean paginated() {
        return sawPageDiv;
    }

    List<String> pages() {
        if (current.length() > 0 || pages.isEmpty()) flushPage();
        return List.copyOf(pages);
    }

    private void flushPage() {
        pages.add(current.toString());
        current = new StringBuilder();
    }
}
