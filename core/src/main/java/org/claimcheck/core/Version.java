package org.claimcheck.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of claimcheck, as built. */
public final class Version {
    private static final Properties PROPERTIES = load();
    private static final String VERSION = PROPERTIES.getProperty("version");

    private Version() {
    }

    /** The version string, such as {@code 0.1.0}. */
    public static String current() {
        return VERSION;
    }

    /** The version and the moment it was built: changes with every build, for caches of its results. */
    public static String build() {
        return VERSION + "+" + PROPERTIES.getProperty("build");
    }

    private static Properties load() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the claimcheck core jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
