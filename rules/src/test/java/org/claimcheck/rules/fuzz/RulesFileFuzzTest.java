package org.claimcheck.rules.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.claimcheck.core.source.InputException;
import org.claimcheck.core.source.MetadataManifest;
import org.claimcheck.rules.check.BuiltInRules;
import org.claimcheck.rules.config.RulesConfigLoader;

/**
 * Any bytes, as a YAML or JSON rules file or as a metadata manifest (the first byte picks which), are loaded or
 * refused with an {@link InputException} that names the file and a line.
 */
public class RulesFileFuzzTest {
    private static final RulesConfigLoader LOADER = new RulesConfigLoader(BuiltInRules.ids());

    /** The fuzz target, also run by {@code fuzz/run} outside JUnit. */
    public static void fuzzerTestOneInput(byte[] data) {
        if (data.length == 0) {
            return;
        }
        int kind = Math.floorMod(data[0], 3);
        String extension = kind == 0 ? ".yml" : ".json";
        Path file = null;
        try {
            file = Files.createTempFile("claimcheck-fuzz", extension);
            Files.write(file, Arrays.copyOfRange(data, 1, data.length));
            if (kind == 2) {
                MetadataManifest.read(file);
            } else {
                assertThat(LOADER.load(file)).isNotNull();
            }
        } catch (InputException refused) {
            assertThat(refused.file()).isEqualTo(file);
            assertThat(refused.line()).isNotNegative();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }

    @FuzzTest(maxDuration = "10s")
    void anyRulesFileIsLoadedOrRefused(byte[] data) {
        fuzzerTestOneInput(data);
    }
}
