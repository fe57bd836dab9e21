package org.claimcheck.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.claimcheck.core.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlFormatTest {
    private final ArticleReader reader = new ArticleReader();
    @TempDir
    Path dir;

    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head>
            <title>Storm hits the valley | Valley Post</title>
            <meta property="og:site_name" content="Valley Post">
            <meta property="article:published_time" content="2024-03-05T09:12:00Z">
            <style>p { color: red }</style>
            </head>
            <body>
            <nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <header><p>Tuesday, March 5, 2024</p></header>
            <article>
              <h1>Storm hits the valley</h1>
              <div class="share-buttons"><a>Share on facebook</a></div>
              <p>Officials said <b>40&nbsp;homes</b> were damaged in Smith &amp; Sons&#8217; district.</p>
              <figure><img src="a.jpg"><figcaption>Photo: 12 crews at work</figcaption></figure>
              <p>The mayor said repairs would take
                 two weeks.<script>var x = 99;</script></p>
              <p>Also Read: <a href="/x">7 other storms</a></p>
              <aside>Related: 7 other storms</aside>
            </article>
            <footer>Copyright 2024</footer>
            </body></html>
            """;

    @Test
    void keepsOnlyTheArticleTextInParagraphs() throws Exception {
        Document document = read();

        assertThat(document.body().text()).isEqualTo("Storm hits the valley\n\n"
                + "Officials said 40 homes were damaged in Smith & Sons\u2019 district.\n\n"
                + "The mayor said repairs would take two weeks.");
    }

    @Test
    void decodedEntitiesMapToTheirWholeFileRange() throws Exception {
        Document document = read();
        String body = document.body().text();

        int homes = body.indexOf("40 homes");
        int ampersand = body.indexOf('&');
        int apostrophe = body.indexOf('\u2019');

        assertThat(document.fileText(document.spanOfBody(homes, homes + 8))).isEqualTo("40&nbsp;homes");
        assertThat(document.fileText(document.spanOfBody(ampersand, ampersand + 1))).isEqualTo("&amp;");
        assertThat(document.fileText(document.spanOfBody(apostrophe, apostrophe + 1))).isEqualTo("&#8217;");
        assertThat(document.spanOfBody(homes, homes + 8).line()).isEqualTo(14);
    }

    @Test
    void readsTitleDateAndOutletFromTheHead() throws Exception {
        Document document = read();

        assertThat(document.info().title()).isEqualTo("Storm hits the valley | Valley Post");
        assertThat(document.info().date()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(document.info().outlet()).isEqualTo("Valley Post");
    }

    @Test
    void withoutAnArticleElementTheBodyIsUsed() throws Exception {
        Path file = Files.writeString(dir.resolve("bare.HTM"), "<p>First paragraph.</p><p>Second one.</p>");

        Document document = reader.read(file, "bare.HTM").documents().get(0);

        assertThat(document.body().text()).isEqualTo("First paragraph.\n\nSecond one.");
        assertThat(document.info().date()).isNull();
    }

    @Test
    void aParagraphBreakAfterTheLastCharacterOfTheFileStaysInsideTheFile() throws Exception {
        String page = "<table><td>15 cars</td>7";
        Path file = Files.writeString(dir.resolve("table.html"), page);

        Document document = reader.read(file, "table.html").documents().get(0);

        assertThat(document.body().text()).isEqualTo("7\n\n15 cars");
        assertThat(document.spanOfBody(1, 3)).isEqualTo(new Span(page.length(), page.length(), 1, 25));
        assertThat(document.fileText(document.spanOfBody(0, 2))).isEqualTo("7");
    }

    private Document read() throws Exception {
        Path file = Files.writeString(dir.resolve("storm.html"), PAGE);
        return reader.read(file, "storm.html").documents().get(0);
    }
}
