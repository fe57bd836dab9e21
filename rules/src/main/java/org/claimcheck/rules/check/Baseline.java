package org.claimcheck.rules.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.claimcheck.core.source.InputException;
import org.claimcheck.rules.Finding;

/**
 * Accepted findings, matched by content (rule and fingerprint: the claims' files, words and sentences), not by line
 * numbers, so that old conflicts of an archive do not fail every build. Written by {@code --write-baseline}.
 */
public final class Baseline {
    static final String SCHEMA = "claimcheck-baseline/1";

    private final Set<String> accepted;

    private Baseline(Set<String> accepted) {
        this.accepted = Set.copyOf(accepted);
    }

    /** A baseline accepting nothing. */
    public static Baseline empty() {
        return new Baseline(Set.of());
    }

    /** Reads a baseline file. */
    public static Baseline read(Path file) throws InputException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InputException(file, line, "baseline is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read baseline: " + e.getMessage(), e);
        }
        if (root == null || !SCHEMA.equals(root.path("schema").asText()) || !root.path("findings").isArray()) {
            throw new InputException(file, 1, "not a claimcheck baseline: expected {\"schema\": \"" + SCHEMA
                    + "\", \"findings\": [...]}; write one with --write-baseline");
        }
        Set<String> keys = new HashSet<>();
        for (JsonNode finding : root.path("findings")) {
            keys.add(key(finding.path("rule").asText(), finding.path("fingerprint").asText()));
        }
        return new Baseline(keys);
    }

    /** Writes the findings as a baseline, atomically. */
    public static void write(Path file, List<Finding> findings) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("schema", SCHEMA);
        ArrayNode list = root.putArray("findings");
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(java.util.Comparator.comparing(Finding::rule).thenComparing(Finding::fingerprint));
        for (Finding finding : sorted) {
            list.addObject().put("rule", finding.rule()).put("fingerprint", finding.fingerprint())
                    .put("message", finding.message());
        }
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temporary = Files.createTempFile(absolute.getParent(), ".baseline", ".tmp");
        Files.writeString(temporary, mapper.writeValueAsString(root) + "\n");
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Whether the finding was accepted. */
    public boolean accepts(Finding finding) {
        return accepted.contains(key(finding.rule(), finding.fingerprint()));
    }

    private static String key(String rule, String fingerprint) {
        return rule + "|" + fingerprint;
    }
}
