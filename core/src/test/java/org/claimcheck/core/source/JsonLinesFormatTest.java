package org.claimcheck.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesFormatTest {
    private final ArticleReader reader = new ArticleReader();
    @TempDir
    Path dir;

    private static final String EXPORT = String.join("\n",
            "{\"id\": \"a1\", \"date\": \"2024-03-05\", \"outlet\": \"Valley Post\", \"title\": \"Storm\", "
                    + "\"text\": \"Officials said \\\"40 homes\\\" were damaged.\\n\\nThe caf\\u00e9 reopened.\"}",
            "{\"id\": \"a2\", \"text\": \"broken",
            "",
            "{\"id\": 3, \"tags\": [\"x\"], \"text\": \"Menu\\nThe mayor said repairs take two weeks.\"}",
            "{\"id\": \"a4\", \"date\": \"soon\", \"text\": \"A record with a date that is not one.\"}",
            "{\"id\": \"a5\"}",
            "[1, 2]") + "\n";

    @Test
    void readsGoodRecordsAndReportsBadLinesByNumber() throws Exception {
        ReadResult result = read();

        assertThat(result.documents()).extracting(d -> d.info().recordId()).containsExactly("a1", "3", "a4");
        assertThat(result.problems()).extracting(InputException::line).containsExactly(2, 5, 6, 7);
        assertThat(result.problems().get(0).getMessage()).startsWith("invalid JSON record");
        assertThat(result.problems().get(1).getMessage()).contains("'soon'");
        assertThat(result.problems().get(2).getMessage()).contains("no \"text\"");
        assertThat(result.documents()).allSatisfy(d -> assertThat(d.info().path()).isEqualTo("export.jsonl"));
    }

    @Test
    void recordFieldsBecomeMetadata() throws Exception {
        Document first = read().documents().get(0);

        assertThat(first.info().date()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(first.info().dateSource()).isEqualTo("record");
        assertThat(first.info().outlet()).isEqualTo("Valley Post");
        assertThat(first.info().title()).isEqualTo("Storm");
        assertThat(read().documents().get(2).info().date()).isNull();
    }

    @Test
    void bodyOffsetsPointIntoTheJsonStringLiteral() throws Exception {
        Document first = read().documents().get(0);
        String body = first.body().text();

        assertThat(body).isEqualTo("Officials said \"40 homes\" were damaged.\n\nThe caf\u00e9 reopened.");
        int quoted = body.indexOf("\"40 homes\"");
        assertThat(first.fileText(first.spanOfBody(quoted, quoted + 10))).isEqualTo("\\\"40 homes\\\"");
        int cafe = body.indexOf("caf\u00e9");
        assertThat(first.fileText(first.spanOfBody(cafe, cafe + 4))).isEqualTo("caf\\u00e9");
        int mayor = read().documents().get(1).body().text().indexOf("The mayor");
        Document third = read().documents().get(1);
        assertThat(third.body().text()).isEqualTo("The mayor said repairs take two weeks.");
        assertThat(third.spanOfBody(mayor, mayor + 9).line()).isEqualTo(4);
        assertThat(third.fileText(third.spanOfBody(mayor, mayor + 9))).isEqualTo("The mayor");
    }

    private ReadResult read() throws Exception {
        Path file = Files.writeString(dir.resolve("export.jsonl"), EXPORT);
        return reader.read(file, "export.jsonl");
    }
}
