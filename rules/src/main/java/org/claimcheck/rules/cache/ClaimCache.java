package org.claimcheck.rules.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

import org.claimcheck.core.Version;
import org.claimcheck.rules.FileAnalysis;

/**
 * What files contributed to earlier runs, kept on disk so that a run over a large archive reads and analyses only
 * the files that changed. An entry is keyed by a hash of the build of claimcheck, the file's path, its bytes and the
 * metadata the manifest gives it (the publication date changes how dates resolve), so a hit can only return what this
 * build would find. Entries are written atomically; an unreadable entry is a miss. After a run, the entries it did not
 * use are deleted. The folder is safe to delete at any time.
 */
public final class ClaimCache {
    private static final String SUFFIX = ".entry";
    /** The names entries of this and earlier builds have: a SHA-256 key and a suffix. */
    private static final Pattern ENTRY_NAME = Pattern.compile("[0-9a-f]{64}\\.(entry|json)");

    private final Path folder;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    /** @param folder where entries are kept; created when the first entry is written */
    public ClaimCache(Path folder) {
        this.folder = folder;
    }

    /**
     * The key of a file's entry.
     *
     * @param path     the file as reports name it
     * @param metadata what the metadata manifest says about the file, in any stable text form
     * @param content  the file's bytes
     */
    public static String key(String path, String metadata, byte[] content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {Version.build(), path, metadata}) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            digest.update(content);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /**
     * What the file with this key contributed before, with its documents renumbered to {@code documentIds} (one per
     * document, in order), if the entry exists and holds that many documents.
     */
    public Optional<FileAnalysis> find(String key, IntFunction<List<String>> documentIds) {
        try {
            FileAnalysis analysis = EntryCodec.decode(Files.readAllBytes(folder.resolve(key + SUFFIX)), documentIds);
            used.add(key + SUFFIX);
            return Optional.of(analysis);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Keeps what a file contributed; a cache that cannot be written is skipped, never fails the run. */
    public void store(String key, FileAnalysis analysis) {
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, ".entry", ".tmp");
            Files.write(temporary, EntryCodec.encode(analysis));
            Files.move(temporary, folder.resolve(key + SUFFIX), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            used.add(key + SUFFIX);
        } catch (IOException e) {
            // A cache is an optimisation: the run goes on with what it has.
        }
    }

    /**
     * Deletes the entries this instance neither found nor stored, so the folder holds what the last run used and
     * does not grow with every changed file. Files that are not entries are left alone.
     */
    public void keepOnlyUsed() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (ENTRY_NAME.matcher(name).matches() && !used.contains(name)) {
                    Files.deleteIfExists(entry);
                }
            }
        } catch (IOException e) {
            // Stale entries only cost disk space; the next run tries again.
        }
    }
}
