package org.claimcheck.rules.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.claimcheck.core.Version;
import org.claimcheck.core.model.AttributionClaim;
import org.claimcheck.core.model.Claim;
import org.claimcheck.core.model.DateClaim;
import org.claimcheck.core.model.DocumentInfo;
import org.claimcheck.core.model.QuantityClaim;
import org.claimcheck.rules.FileAnalysis;
import org.claimcheck.rules.InputProblem;
import org.claimcheck.rules.check.Suppressions;

/**
 * What files contributed to earlier runs, kept on disk so that a run over a large archive reads and analyses only
 * the files that changed. An entry is keyed by a hash of the build of claimcheck, the file's path, its bytes and the
 * metadata the manifest gives it (the publication date changes how dates resolve), so a hit can only return what this
 * build would find. Entries are written atomically; an unreadable entry is a miss. The folder is safe to delete at
 * any time.
 */
public final class ClaimCache {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .registerModule(new SimpleModule()
            .addSerializer(LocalDate.class, new JsonSerializer<>() {
                @Override
                public void serialize(LocalDate value, JsonGenerator out, SerializerProvider provider)
                        throws IOException {
                    out.writeString(value.toString());
                }
            })
            .addDeserializer(LocalDate.class, new JsonDeserializer<>() {
                @Override
                public LocalDate deserialize(JsonParser in, DeserializationContext context) throws IOException {
                    return LocalDate.parse(in.getValueAsString());
                }
            }));

    private final Path folder;

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
        Path entry = folder.resolve(key + ".json");
        if (!Files.isRegularFile(entry)) {
            return Optional.empty();
        }
        try {
            JsonNode root = MAPPER.readTree(entry.toFile());
            List<DocumentInfo> stored = new ArrayList<>();
            for (JsonNode node : root.path("documents")) {
                stored.add(MAPPER.treeToValue(node, DocumentInfo.class));
            }
            List<String> ids = documentIds.apply(stored.size());
            Map<String, String> newIds = new HashMap<>();
            List<DocumentInfo> documents = new ArrayList<>();
            for (int i = 0; i < stored.size(); i++) {
                newIds.put(stored.get(i).id(), ids.get(i));
                documents.add(stored.get(i).withId(ids.get(i)));
            }
            List<Claim> claims = new ArrayList<>();
            for (JsonNode node : root.path("claims")) {
                ObjectNode claim = (ObjectNode) node.path("claim");
                ObjectNode mention = (ObjectNode) claim.path("mention");
                mention.put("documentId", newIds.get(mention.path("documentId").asText()));
                claims.add(MAPPER.treeToValue(claim, typeOf(node.path("kind").asText())));
            }
            List<InputProblem> problems = new ArrayList<>();
            for (JsonNode node : root.path("problems")) {
                problems.add(MAPPER.treeToValue(node, InputProblem.class));
            }
            List<Suppressions.Directive> suppressions = new ArrayList<>();
            for (JsonNode node : root.path("suppressions")) {
                suppressions.add(MAPPER.treeToValue(node, Suppressions.Directive.class));
            }
            return Optional.of(new FileAnalysis(documents, claims, problems, suppressions));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Keeps what a file contributed; a cache that cannot be written is skipped, never fails the run. */
    public void store(String key, FileAnalysis analysis) {
        try {
            Files.createDirectories(folder);
            ObjectNode root = MAPPER.createObjectNode();
            root.set("documents", MAPPER.valueToTree(analysis.documents()));
            ArrayNode list = root.putArray("claims");
            for (Claim claim : analysis.claims()) {
                ObjectNode item = list.addObject();
                item.put("kind", claim.kind());
                item.set("claim", MAPPER.valueToTree(claim));
            }
            root.set("problems", MAPPER.valueToTree(analysis.problems()));
            root.set("suppressions", MAPPER.valueToTree(analysis.suppressions()));
            Path temporary = Files.createTempFile(folder, ".entry", ".tmp");
            MAPPER.writeValue(temporary.toFile(), root);
            Files.move(temporary, folder.resolve(key + ".json"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // A cache is an optimisation: the run goes on with what it has.
        }
    }

    private static Class<? extends Claim> typeOf(String kind) {
        return switch (kind) {
            case "quantity" -> QuantityClaim.class;
            case "date" -> DateClaim.class;
            case "attribution" -> AttributionClaim.class;
            default -> throw new IllegalArgumentException("unknown claim kind " + kind);
        };
    }
}
