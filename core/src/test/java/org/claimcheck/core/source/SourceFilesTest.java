package org.claimcheck.core.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFilesTest {
    @TempDir
    Path dir;

    private Path touch(String relative) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "text");
    }

    @Test
    void collectsArticleFilesSortedAndSkipsHiddenAndOutputFolders() throws Exception {
        touch("b/story.md");
        touch("a/page.HTML");
        touch("a/notes.docx");
        touch("a/wire.jsonl");
        touch("c.txt");
        touch("d.markdown");
        touch("e.htm");
        touch(".git/HEAD.txt");
        touch("target/copy.txt");
        touch("sub/claimcheck-report/report.html");

        List<Path> files = SourceFiles.collect(List.of(dir));

        assertThat(files).extracting(f -> dir.toAbsolutePath().relativize(f).toString().replace('\\', '/'))
                .containsExactly("a/page.HTML", "a/wire.jsonl", "b/story.md", "c.txt", "d.markdown", "e.htm");
    }

    @Test
    void filesGivenDirectlyNeedASupportedExtensionAndAreListedOnce() throws Exception {
        Path story = touch("story.txt");
        Path notes = touch("notes.pdf");

        assertThat(SourceFiles.collect(List.of(story, notes, dir))).containsExactly(story.toAbsolutePath());
    }

    @Test
    void symbolicLinkLoopsAreSafe() throws Exception {
        touch("a/story.txt");
        Files.createSymbolicLink(dir.resolve("a/loop"), dir.resolve("a"));

        assertThat(SourceFiles.collect(List.of(dir))).containsExactly(dir.resolve("a/story.txt").toAbsolutePath());
    }

    @Test
    void aMissingRootIsAnError() {
        Path missing = dir.resolve("nowhere");

        assertThatThrownBy(() -> SourceFiles.collect(List.of(missing)))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.describe())
                        .isEqualTo(missing + ": no such file or directory"));
    }
}
