package org.claimcheck.reports;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Turns the file paths of a run into repository-relative paths and URI references. */
final class RepositoryPaths {
    private final Path root;

    /** @param root the repository root, or {@code null} to keep paths as given */
    RepositoryPaths(Path root) {
        this.root = root == null ? null : root.toAbsolutePath().normalize();
    }

    /**
     * The path relative to the repository root with forward slashes, or {@code null} when the file lies outside
     * it (or, without a root, when the path is absolute or not a path at all).
     */
    String relative(String path) {
        try {
            Path file = Path.of(path);
            if (root != null) {
                Path absolute = file.toAbsolutePath().normalize();
                return absolute.startsWith(root) ? slashes(root.relativize(absolute)) : null;
            }
            Path normal = file.normalize();
            return file.isAbsolute() || normal.startsWith("..") ? null : slashes(normal);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** The path as shown to people: repository-relative when possible, else as given. */
    String display(String path) {
        String relative = relative(path);
        return relative == null ? path : relative;
    }

    /** A relative URI reference for a relative path: every segment percent-encoded, never a scheme. */
    static String uriReference(String relativePath) {
        try {
            String encoded = new URI(null, null, relativePath, null).toASCIIString();
            int colon = encoded.indexOf(':');
            int slash = encoded.indexOf('/');
            boolean looksLikeScheme = colon >= 0 && (slash < 0 || colon < slash);
            return looksLikeScheme ? "./" + encoded : encoded;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + relativePath, e);
        }
    }

    /** An absolute {@code file} URI for a path outside the repository; an encoded reference if it is no path. */
    static String absoluteUri(String path) {
        try {
            return Path.of(path).toAbsolutePath().normalize().toUri().toString();
        } catch (InvalidPathException e) {
            return uriReference(path);
        }
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
