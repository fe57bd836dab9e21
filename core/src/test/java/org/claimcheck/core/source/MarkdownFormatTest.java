package org.claimcheck.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownFormatTest {
    private final ArticleReader reader = new ArticleReader();
    @TempDir
    Path dir;

    private Document read(String name, String text) throws Exception {
        Path file = write(name, text);
        return reader.read(file, name).documents().get(0);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void readsFrontMatterAndRendersInlineMarkupAtExactOffsets() throws Exception {
        String text = "---\ntitle: \"Storm hits\"\ndate: 2024-03-05\noutlet: Valley Post\n---\n\n"
                + "# Storm hits the valley\n\n"
                + "Officials said **40 homes** were _damaged_, per [the county](https://example.org) \\*report\\*.\n"
                + "Repairs cost &amp; took `two` weeks.\n\n"
                + "<!-- claimcheck-disable numeric-mismatch -->\n\n"
                + "```\ncode 123\n```\n";

        Document document = read("storm.md", text);

        assertThat(document.info().title()).isEqualTo("Storm hits");
        assertThat(document.info().date()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(document.info().outlet()).isEqualTo("Valley Post");
        assertThat(document.info().dateSource()).isEqualTo("front-matter");
        assertThat(document.info().path()).isEqualTo("storm.md");
        String body = document.body().text();
        assertThat(body).isEqualTo("Storm hits the valley\n\n"
                + "Officials said 40 homes were damaged, per the county *report*. Repairs cost & took two weeks.");
        int homes = body.indexOf("40 homes");
        assertThat(document.fileText(document.spanOfBody(homes, homes + 8))).isEqualTo("40 homes");
        assertThat(document.spanOfBody(homes, homes + 8).line()).isEqualTo(9);
        int amp = body.indexOf('&');
        assertThat(document.fileText(document.spanOfBody(amp, amp + 1))).isEqualTo("&amp;");
        int star = body.indexOf("*report*");
        assertThat(document.fileText(document.spanOfBody(star, star + 8))).isEqualTo("\\*report\\*");
    }

    @Test
    void everyBodyCharacterOfTheDevArticlesMapsToItself() throws Exception {
        Path articles = SharedFolder.resolve("eval/dev/articles");
        try (var files = Files.list(articles)) {
            for (Path file : files.sorted().toList()) {
                Document document = reader.read(file, file.getFileName().toString()).documents().get(0);
                String body = document.body().text();
                assertThat(document.info().date()).isNotNull();
                assertThat(body).doesNotContain("---").doesNotContain("title:");
                for (int i = 0; i < body.length(); i++) {
                    if (body.charAt(i) != '\n') {
                        assertThat(document.fileText().charAt(document.body().toSource(i))).isEqualTo(body.charAt(i));
                    }
                }
            }
        }
    }

    @Test
    void crLfFrontMatterAndBodyAreRead() throws Exception {
        String text = "---\r\ndate: 2024-03-05\r\n---\r\nFirst line\r\nsecond line.\r\n";
        Document document = read("crlf.md", text);

        assertThat(document.info().date()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(document.body().text()).isEqualTo("First line second line.");
        assertThat(document.body().toSource(document.body().text().indexOf("second"))).isEqualTo(40);
        assertThat(text.indexOf("second")).isEqualTo(40);
    }

    @Test
    void withoutFrontMatterTheWholeFileIsMarkdown() throws Exception {
        Document document = read("plain.markdown", "Just a paragraph of text.\n");

        assertThat(document.info().date()).isNull();
        assertThat(document.info().dateSource()).isNull();
        assertThat(document.body().text()).isEqualTo("Just a paragraph of text.");
    }

    @Test
    void unclosedFrontMatterIsAnErrorOnLineOne() throws Exception {
        Path file = write("open.md", "---\ntitle: Storm\n\nBody text here.\n");

        assertThatThrownBy(() -> reader.read(file, "open.md"))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.getMessage()).contains("never closed");
                });
    }

    @Test
    void invalidYamlNamesItsLine() throws Exception {
        Path file = write("bad.md", "---\ntitle: Storm\noutlet: [unclosed\n---\nBody text here.\n");

        assertThatThrownBy(() -> reader.read(file, "bad.md"))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.line()).isBetween(3, 4);
                    assertThat(e.getMessage()).startsWith("invalid YAML front matter");
                });
    }

    @Test
    void aBadDateNamesTheLineOfItsKey() throws Exception {
        Path file = write("date.md", "---\ntitle: Storm\ndate: next Tuesday\n---\nBody text here.\n");

        assertThatThrownBy(() -> reader.read(file, "date.md"))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.describe()).endsWith("date.md:3: front matter key 'date' is not a date: "
                            + "'next Tuesday'; write it as YYYY-MM-DD");
                });
    }

    @Test
    void yamlTagsAreNotInstantiated() throws Exception {
        Document document = read("tag.md", "---\ntitle: !!java.io.File [\"/tmp\"]\n---\nBody text here.\n");

        assertThat(document.info().title()).isNull();
        assertThat(document.body().text()).isEqualTo("Body text here.");
    }
}
