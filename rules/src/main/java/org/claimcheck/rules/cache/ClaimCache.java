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
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

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
import org.claimcheck.core.source.Document;

/**
 * Claims extracted earlier, kept on disk so that a run over a large archive analyses only the articles that changed.
 * An entry is keyed by a hash of the build of claimcheck, the file's path and text, and the document's metadata
 * (the publication date changes how dates resolve), so a hit can only return the claims this build would extract.
 * Entries are written atomically; an unreadable entry is a miss. The folder is safe to delete at any time.
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

    /** The claims cached for this document, renumbered to its id in this run, if there are any. */
    public Optional<List<Claim>> find(Document document) {
        Path entry = folder.resolve(key(document) + ".json");
        if (!Files.isRegularFile(entry)) {
            return Optional.empty();
        }
        try {
            JsonNode root = MAPPER.readTree(entry.toFile());
            List<Claim> claims = new ArrayList<>();
            for (JsonNode node : root.path("claims")) {
                ObjectNode claim = ((ObjectNode) node.path("claim")).deepCopy();
                ((ObjectNode) claim.path("mention")).put("documentId", document.info().id());
                claims.add(MAPPER.treeToValue(claim, typeOf(node.path("kind").asText())));
            }
            return Optional.of(claims);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Keeps the claims of a document; a cache that cannot be written is skipped, never fails the run. */
    public void store(Document document, List<Claim> claims) {
        try {
            Files.createDirectories(folder);
            ObjectNode root = MAPPER.createObjectNode();
            ArrayNode list = root.putArray("claims");
            for (Claim claim : claims) {
                ObjectNode item = list.addObject();
                item.put("kind", claim.kind());
                item.set("claim", MAPPER.valueToTree(claim));
            }
            Path temporary = Files.createTempFile(folder, ".entry", ".tmp");
            MAPPER.writeValue(temporary.toFile(), root);
            Files.move(temporary, folder.resolve(key(document) + ".json"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // A cache is an optimisation: the run goes on with the claims it has.
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

    private static String key(Document document) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            DocumentInfo info = document.info();
            for (String part : new String[] {Version.build(), info.path(), String.valueOf(info.recordId()),
                    String.valueOf(info.date()), String.valueOf(info.title()), String.valueOf(info.outlet()),
                    document.fileText()}) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
