package org.claimcheck.rules.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

import org.claimcheck.core.model.Amount;
import org.claimcheck.core.model.AttributionClaim;
import org.claimcheck.core.model.Claim;
import org.claimcheck.core.model.CountedNoun;
import org.claimcheck.core.model.DateClaim;
import org.claimcheck.core.model.Dimension;
import org.claimcheck.core.model.DocumentInfo;
import org.claimcheck.core.model.EventContext;
import org.claimcheck.core.model.Mention;
import org.claimcheck.core.model.PartialDate;
import org.claimcheck.core.model.QuantityClaim;
import org.claimcheck.core.model.Qualifier;
import org.claimcheck.core.model.Span;
import org.claimcheck.rules.FileAnalysis;
import org.claimcheck.rules.InputProblem;
import org.claimcheck.rules.check.Suppressions;

/**
 * The binary form of a cache entry: a magic number, the table of the entry's distinct strings, then documents,
 * claims, problems and suppressions, their strings as numbers in the table. Reading checks every length and number
 * against what is there, so a damaged entry fails with an {@link IOException} (and is a cache miss) instead of
 * allocating what it claims.
 */
final class EntryCodec {
    private static final int MAGIC = 0x43434532;
    private static final byte QUANTITY = 1;
    private static final byte DATE = 2;
    private static final byte ATTRIBUTION = 3;
    private static final int NULL = -1;

    private EntryCodec() {
    }

    static byte[] encode(FileAnalysis analysis) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Writer out = new Writer(new DataOutputStream(body));
        out.count(analysis.documents().size());
        for (DocumentInfo document : analysis.documents()) {
            out.document(document);
        }
        out.count(analysis.claims().size());
        for (Claim claim : analysis.claims()) {
            out.claim(claim);
        }
        out.count(analysis.problems().size());
        for (InputProblem problem : analysis.problems()) {
            out.string(problem.path());
            out.data.writeInt(problem.line());
            out.string(problem.message());
        }
        out.count(analysis.suppressions().size());
        for (Suppressions.Directive directive : analysis.suppressions()) {
            out.data.writeInt(directive.line());
            out.strings(List.copyOf(directive.rules()));
        }
        out.data.flush();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.size() + 64 * out.table.size());
        DataOutputStream entry = new DataOutputStream(bytes);
        entry.writeInt(MAGIC);
        entry.writeInt(out.table.size());
        for (String value : out.table.keySet()) {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            entry.writeInt(utf8.length);
            entry.write(utf8);
        }
        body.writeTo(entry);
        entry.flush();
        return bytes.toByteArray();
    }

    /**
     * Decodes an entry, giving its documents the ids {@code documentIds} returns for their number.
     *
     * @throws IOException when the bytes are not a whole entry, or the number of ids does not match
     */
    static FileAnalysis decode(byte[] entry, IntFunction<List<String>> documentIds) throws IOException {
        Reader in = new Reader(entry);
        if (in.readInt() != MAGIC) {
            throw new IOException("not a cache entry");
        }
        in.readTable();
        int documentCount = in.count();
        List<DocumentInfo> stored = new ArrayList<>(documentCount);
        for (int i = 0; i < documentCount; i++) {
            stored.add(in.document());
        }
        List<String> ids = documentIds.apply(stored.size());
        if (ids.size() != stored.size()) {
            throw new IOException("the entry holds " + stored.size() + " documents");
        }
        Map<String, String> newIds = new HashMap<>();
        List<DocumentInfo> documents = new ArrayList<>(documentCount);
        for (int i = 0; i < documentCount; i++) {
            newIds.put(stored.get(i).id(), ids.get(i));
            documents.add(stored.get(i).withId(ids.get(i)));
        }
        int claimCount = in.count();
        List<Claim> claims = new ArrayList<>(claimCount);
        for (int i = 0; i < claimCount; i++) {
            claims.add(in.claim(newIds));
        }
        int problemCount = in.count();
        List<InputProblem> problems = new ArrayList<>(problemCount);
        for (int i = 0; i < problemCount; i++) {
            problems.add(new InputProblem(in.string(), in.readInt(), in.string()));
        }
        int directiveCount = in.count();
        List<Suppressions.Directive> suppressions = new ArrayList<>(directiveCount);
        for (int i = 0; i < directiveCount; i++) {
            suppressions.add(new Suppressions.Directive(in.readInt(), Set.copyOf(in.strings())));
        }
        if (!in.finished()) {
            throw new IOException("trailing bytes after the entry");
        }
        return new FileAnalysis(documents, claims, problems, suppressions);
    }

    /**
     * Writes the fields of the model, each string as its number in a table of the entry's distinct strings
     * ({@code -1} for null): a sentence, path or word repeated by many claims is stored and read once.
     */
    private static final class Writer {
        private final DataOutputStream data;
        private final Map<String, Integer> table = new LinkedHashMap<>();

        Writer(DataOutputStream data) {
            this.data = data;
        }

        void count(int count) throws IOException {
            data.writeInt(count);
        }

        void string(String value) throws IOException {
            data.writeInt(value == null ? NULL : table.computeIfAbsent(value, v -> table.size()));
        }

        void strings(List<String> values) throws IOException {
            count(values.size());
            for (String value : values) {
                string(value);
            }
        }

        void document(DocumentInfo document) throws IOException {
            string(document.id());
            string(document.path());
            string(document.recordId());
            string(document.title());
            string(document.date() == null ? null : document.date().toString());
            string(document.outlet());
            string(document.dateSource());
        }

        void claim(Claim claim) throws IOException {
            if (claim instanceof QuantityClaim quantity) {
                data.writeByte(QUANTITY);
                common(claim);
                amount(quantity.amount());
                string(quantity.noun().phrase());
                string(quantity.noun().head());
                strings(quantity.noun().modifiers());
                context(quantity.context());
            } else if (claim instanceof DateClaim date) {
                data.writeByte(DATE);
                common(claim);
                data.writeInt(date.value().year());
                data.writeByte(date.value().month());
                data.writeByte(date.value().day());
                string(date.relation());
                data.writeBoolean(date.relative());
                data.writeBoolean(date.yearInferred());
                string(date.reference() == null ? null : date.reference().toString());
                context(date.context());
            } else {
                AttributionClaim attribution = (AttributionClaim) claim;
                data.writeByte(ATTRIBUTION);
                common(claim);
                string(attribution.speaker());
                string(attribution.speakerMention());
                span(attribution.speakerSpan());
                string(attribution.cue());
                string(attribution.outlet());
                string(attribution.quote());
                data.writeBoolean(attribution.direct());
            }
        }

        private void common(Claim claim) throws IOException {
            Mention mention = claim.mention();
            string(claim.id());
            string(mention.documentId());
            string(mention.path());
            span(mention.span());
            string(mention.text());
            string(mention.sentence());
            span(mention.sentenceSpan());
        }

        private void span(Span span) throws IOException {
            data.writeBoolean(span != null);
            if (span != null) {
                data.writeInt(span.start());
                data.writeInt(span.end());
                data.writeInt(span.line());
                data.writeInt(span.column());
            }
        }

        private void amount(Amount amount) throws IOException {
            data.writeDouble(amount.value());
            data.writeDouble(amount.upper());
            data.writeByte(amount.qualifier().ordinal());
            data.writeByte(amount.dimension().ordinal());
            string(amount.unit());
            data.writeDouble(amount.baseValue());
            data.writeDouble(amount.baseUpper());
        }

        private void context(EventContext context) throws IOException {
            string(context.predicate());
            strings(context.entities());
            strings(context.places());
            strings(context.keywords());
            string(context.time());
        }
    }

    /** Reads what {@link Writer} wrote, refusing lengths and counts the remaining bytes cannot hold. */
    private static final class Reader {
        private final ByteBuffer data;
        private String[] table = new String[0];

        Reader(byte[] entry) {
            this.data = ByteBuffer.wrap(entry);
        }

        int readInt() throws IOException {
            need(Integer.BYTES);
            return data.getInt();
        }

        byte readByte() throws IOException {
            need(1);
            return data.get();
        }

        boolean readBoolean() throws IOException {
            return readByte() != 0;
        }

        double readDouble() throws IOException {
            need(Double.BYTES);
            return data.getDouble();
        }

        int count() throws IOException {
            int count = readInt();
            if (count < 0 || count > data.remaining()) {
                throw new IOException("bad count " + count);
            }
            return count;
        }

        /** Reads the table of distinct strings that {@link #string} refers to. */
        void readTable() throws IOException {
            table = new String[count()];
            for (int i = 0; i < table.length; i++) {
                int length = readInt();
                if (length < 0 || length > data.remaining()) {
                    throw new IOException("bad string length " + length);
                }
                table[i] = new String(data.array(), data.position(), length, StandardCharsets.UTF_8);
                data.position(data.position() + length);
            }
        }

        String string() throws IOException {
            int number = readInt();
            if (number == NULL) {
                return null;
            }
            if (number < 0 || number >= table.length) {
                throw new IOException("bad string number " + number);
            }
            return table[number];
        }

        List<String> strings() throws IOException {
            int count = count();
            List<String> values = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                values.add(string());
            }
            return values;
        }

        boolean finished() {
            return !data.hasRemaining();
        }

        DocumentInfo document() throws IOException {
            String id = string();
            String path = string();
            String recordId = string();
            String title = string();
            LocalDate date = date(string());
            return new DocumentInfo(id, path, recordId, title, date, string(), string());
        }

        Claim claim(Map<String, String> newIds) throws IOException {
            byte kind = readByte();
            String id = string();
            Mention mention = mention(newIds);
            return switch (kind) {
                case QUANTITY -> new QuantityClaim(id, mention, amount(),
                        new CountedNoun(string(), string(), strings()), context());
                case DATE -> new DateClaim(id, mention, new PartialDate(readInt(), readByte(), readByte()), string(),
                        readBoolean(), readBoolean(), date(string()), context());
                case ATTRIBUTION -> new AttributionClaim(id, mention, string(), string(), span(), string(), string(),
                        string(), readBoolean());
                default -> throw new IOException("unknown claim kind " + kind);
            };
        }

        private void need(int bytes) throws IOException {
            if (data.remaining() < bytes) {
                throw new EOFException("the entry ends early");
            }
        }

        private Mention mention(Map<String, String> newIds) throws IOException {
            String documentId = newIds.get(string());
            if (documentId == null) {
                throw new IOException("a claim of no document of the entry");
            }
            return new Mention(documentId, string(), span(), string(), string(), span());
        }

        private Span span() throws IOException {
            return readBoolean() ? new Span(readInt(), readInt(), readInt(), readInt()) : null;
        }

        private Amount amount() throws IOException {
            double value = readDouble();
            double upper = readDouble();
            Qualifier qualifier = Qualifier.values()[readByte()];
            Dimension dimension = Dimension.values()[readByte()];
            return new Amount(value, upper, qualifier, dimension, string(), readDouble(), readDouble());
        }

        private EventContext context() throws IOException {
            return new EventContext(string(), strings(), strings(), strings(), string());
        }

        private static LocalDate date(String iso) {
            return iso == null ? null : LocalDate.parse(iso);
        }
    }
}
