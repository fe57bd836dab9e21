package org.claimcheck.core.source;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.claimcheck.core.model.DocumentInfo;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * HTML pages ({@code .html}, {@code .htm}), parsed with jsoup. The body is the text of the page's
 * {@code <article>} (else its {@code <main>}, else its {@code <body>}) without navigation, headers, footers,
 * asides, scripts, styles, forms, captions, elements whose class or id names sharing, related links, comments,
 * newsletters, cookies or ads, and paragraphs that {@link PageFurniture} recognizes ("Also read: ..."). Block elements make paragraphs. Entities decode but map to their file range.
 * Title, date and outlet come from the usual {@code <meta>} tags, {@code <time>} and {@code <title>}.
 */
final class HtmlFormat implements ArticleFormat {
    private static final Set<String> DROPPED = Set.of("nav", "header", "footer", "aside", "script", "style", "form",
            "noscript", "template", "iframe", "svg", "button", "figcaption", "select", "textarea", "object",
            "canvas", "dialog", "head");
    /** Elements whose whole text is judged as one line by {@link PageFurniture}. */
    private static final Set<String> LINE_ELEMENTS = Set.of("p", "li", "h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> FURNITURE_NAMES = Set.of("share", "social", "related", "comment", "newsletter",
            "cookie", "advert", "promo", "subscribe", "breadcrumb", "byline", "caption", "sidebar");

    @Override
    public ReadResult read(SourceText source) throws InputException {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        org.jsoup.nodes.Document page = parser.parseInput(source.text(), "");
        Element root = firstOf(page, "article", "main", "[role=main]");
        BodyBuilder body = new BodyBuilder();
        NodeTraversor.filter(new BodyFilter(source.text(), body), root == null ? page.body() : root);
        if (body.isEmpty()) {
            throw new InputException(source.file(), 0, "no article text in the HTML page");
        }
        LocalDate date = IsoDates.parse(firstNonBlank(
                meta(page, "meta[property=article:published_time]"), meta(page, "meta[itemprop=datePublished]"),
                meta(page, "meta[name=date]"), attribute(page, "time[datetime]", "datetime")));
        String title = firstNonBlank(meta(page, "meta[property=og:title]"), page.title(), headline(page));
        DocumentInfo info = new DocumentInfo("", source.displayPath(), null, title, date,
                meta(page, "meta[property=og:site_name]"), date == null ? null : "front-matter");
        return ReadResult.of(new Document(info, source.text(), source.lines(), body.build()));
    }

    private static Element firstOf(org.jsoup.nodes.Document page, String... queries) {
        for (String query : queries) {
            Element found = page.selectFirst(query);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String meta(org.jsoup.nodes.Document page, String query) {
        return attribute(page, query, "content");
    }

    private static String attribute(org.jsoup.nodes.Document page, String query, String name) {
        Element element = page.selectFirst(query);
        return element == null ? null : element.attr(name);
    }

    private static String headline(org.jsoup.nodes.Document page) {
        Element h1 = page.selectFirst("h1");
        return h1 == null ? null : h1.text();
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    /** Appends the text of kept nodes; skips furniture subtrees; breaks paragraphs around blocks. */
    private static final class BodyFilter implements NodeFilter {
        private final String fileText;
        private final BodyBuilder body;

        BodyFilter(String fileText, BodyBuilder body) {
            this.fileText = fileText;
            this.body = body;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof Element element) {
                if (isFurniture(element)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (element.isBlock() || element.normalName().equals("br")) {
                    body.paragraphBreak();
                }
            } else if (node instanceof TextNode text) {
                int from = text.sourceRange().startPos();
                int to = text.sourceRange().endPos();
                SourceAligner.align(text.getWholeText(), fileText, SourceAligner.range(from, to), body);
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element && element.isBlock()) {
                body.paragraphBreak();
            }
            return FilterResult.CONTINUE;
        }

        private static boolean isFurniture(Element element) {
            if (DROPPED.contains(element.normalName())) {
                return true;
            }
            if (LINE_ELEMENTS.contains(element.normalName()) && PageFurniture.isFurniture(element.text())) {
                return true;
            }
            String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
            for (String word : FURNITURE_NAMES) {
                if (names.contains(word)) {
                    return true;
                }
            }
            return false;
        }
    }
}
