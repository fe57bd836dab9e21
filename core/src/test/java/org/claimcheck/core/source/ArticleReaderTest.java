package org.claimcheck.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad and unusual input files: every problem names the file, and the line where there is one. */
class ArticleReaderTest {
    private static final String STORY = "Officials said 40 homes were damaged by the storm on Monday night.\n";
    private final ArticleReader reader = new ArticleReader();
    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private InputException failure(Path file) {
        try {
            reader.read(file, file.getFileName().toString());
        } catch (InputException e) {
            return e;
        }
        throw new AssertionError("no problem reported for " + file);
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        InputException empty = failure(write("empty.txt", new byte[0]));
        InputException blank = failure(write("blank.md", " \n\t\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(empty.getMessage()).startsWith("empty file");
        assertThat(empty.file().getFileName().toString()).isEqualTo("empty.txt");
        assertThat(empty.line()).isZero();
        assertThat(blank.getMessage()).startsWith("empty file");
    }

    @Test
    void binaryFilesAreRefused() throws Exception {
        byte[] withNul = {'P', 'K', 3, 4, 0, 0, 'a', 'b'};
        byte[] controls = new byte[100];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 3 == 0 ? 'a' : 1 + i % 7);
        }

        assertThat(failure(write("archive.txt", withNul)).getMessage()).startsWith("binary file, not an article");
        assertThat(failure(write("noise.html", controls)).getMessage()).startsWith("binary file, not an article");
    }

    @Test
    void invalidUtf8IsReadWithReplacementAndReportedWithItsLine() throws Exception {
        byte[] head = ("Line one of the story goes here.\n\nOfficials said 40 homes were damaged on Monday "
                + "night.\nA bad byte ").getBytes(StandardCharsets.UTF_8);
        byte[] tail = " sits here in this sentence.\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC3;
        System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);

        ReadResult result = reader.read(write("latin.txt", bytes), "latin.txt");

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.getMessage()).startsWith("invalid UTF-8 at byte " + head.length);
        });
        assertThat(result.documents().get(0).body().text())
                .endsWith("A bad byte \uFFFD sits here in this sentence.");
    }

    @Test
    void byteOrderMarksSelectTheEncodingAndAreDropped() throws Exception {
        byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, STORY.getBytes(StandardCharsets.UTF_8));
        byte[] utf16le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, STORY.getBytes(StandardCharsets.UTF_16LE));
        byte[] utf16be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, STORY.getBytes(StandardCharsets.UTF_16BE));

        for (byte[] bytes : new byte[][] {utf8, utf16le, utf16be}) {
            Document document = reader.read(write("bom.txt", bytes), "bom.txt").documents().get(0);
            assertThat(document.fileText()).isEqualTo(STORY);
            assertThat(document.body().text()).isEqualTo(STORY.strip());
        }
    }

    @Test
    void aTwentyMegabyteSingleLineIsReadInLinearTimeAndCutIntoParagraphs() throws Exception {
        String sentence = "Officials said that 40 homes were damaged by the storm on Monday night. ";
        String line = sentence.repeat(20_000_000 / sentence.length());
        Path file = write("huge.txt", line.getBytes(StandardCharsets.UTF_8));

        long started = System.nanoTime();
        Document document = reader.read(file, "huge.txt").documents().get(0);
        long millis = (System.nanoTime() - started) / 1_000_000;

        String body = document.body().text();
        assertThat(millis).isLessThan(15_000);
        assertThat(body.replace("\n\n", " ")).isEqualTo(line.strip());
        String firstParagraph = body.substring(0, body.indexOf("\n\n"));
        assertThat(firstParagraph.length())
                .isBetween(BodyBuilder.LONG_PARAGRAPH, BodyBuilder.LONG_PARAGRAPH + sentence.length());
        assertThat(firstParagraph).endsWith("night.");
        int last = body.lastIndexOf("Officials");
        assertThat(document.body().toSource(last)).isEqualTo(line.lastIndexOf("Officials"));
    }

    @Test
    void unsupportedAndMissingFilesAreProblemsOfTheWholeFile() throws Exception {
        InputException docx = failure(write("story.docx", STORY.getBytes(StandardCharsets.UTF_8)));
        InputException missing = failure(dir.resolve("missing.txt"));

        assertThat(docx.describe()).endsWith("story.docx: unsupported file type; use .txt, .md, .markdown, .html, "
                + ".htm or .jsonl");
        assertThat(missing.getMessage()).startsWith("cannot read the file");
    }

    @Test
    void extensionsAreMatchedWithoutRegardToCase() throws Exception {
        Path file = write("STORY.TXT", STORY.getBytes(StandardCharsets.UTF_8));

        ReadResult result = reader.read(file, "STORY.TXT");

        assertThat(result.documents()).singleElement()
                .satisfies(d -> assertThat(d.info().id()).isEmpty())
                .satisfies(d -> assertThat(d.info().path()).isEqualTo("STORY.TXT"));
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void aPageOfFurnitureOnlyHasNoArticleText() throws Exception {
        Path file = write("nav.txt", "Home\nMenu\nShare on facebook\n1 2 3\n".getBytes(StandardCharsets.UTF_8));

        assertThat(failure(file).getMessage()).isEqualTo("no article text: every line looks like page furniture");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
