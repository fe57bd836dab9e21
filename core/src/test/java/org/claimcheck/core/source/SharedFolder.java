package org.claimcheck.core.source;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared corpus and gold folder named by the {@code claimcheck.shared} system property; tests skip without it. */
final class SharedFolder {
    private SharedFolder() {
    }

    static Path resolve(String relative) {
        String root = System.getProperty("claimcheck.shared");
        assumeTrue(root != null, "claimcheck.shared is not set");
        Path path = Path.of(root).resolve(relative);
        assumeTrue(Files.exists(path), () -> path + " is absent");
        return path;
    }
}
