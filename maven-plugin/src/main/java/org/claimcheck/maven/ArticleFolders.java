package org.claimcheck.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The article folders of a project: the configured ones, or {@code src/articles} and {@code content}. */
final class ArticleFolders {
    private ArticleFolders() {
    }

    /** The folders that exist, in order. */
    static List<Path> of(File basedir, List<File> configured) {
        List<File> candidates = configured == null || configured.isEmpty()
                ? List.of(new File(basedir, "src/articles"), new File(basedir, "content"))
                : configured;
        List<Path> folders = new ArrayList<>();
        for (File folder : candidates) {
            if (folder.isDirectory()) {
                folders.add(folder.toPath());
            }
        }
        return folders;
    }
}
