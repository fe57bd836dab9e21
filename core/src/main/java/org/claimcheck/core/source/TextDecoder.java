package org.claimcheck.core.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Decodes the bytes of an article file. UTF-8 is the default; a UTF-8 or UTF-16 byte order mark selects the
 * encoding and is dropped. Empty and binary files are refused. Bytes that are not valid UTF-8 become U+FFFD and
 * the rest of the file is still read; the first such byte is reported with its line.
 */
final class TextDecoder {
    /** How many leading bytes are inspected to recognize a binary file. */
    private static final int SAMPLE = 8192;
    /** Share of control bytes, in percent, above which a file is taken for binary. */
    private static final int MAX_CONTROL_PERCENT = 10;

    private TextDecoder() {
    }

    /** Decoded text and the recoverable problems met while decoding. */
    record Decoded(String text, List<InputException> problems) {
    }

    static Decoded decode(Path file, byte[] bytes) throws InputException {
        if (bytes.length == 0) {
            throw new InputException(file, 0, "empty file: it holds no article text; remove it or add the text");
        }
        Decoded decoded;
        if (startsWith(bytes, 0xFE, 0xFF)) {
            decoded = utf16(bytes, false);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            decoded = utf16(bytes, true);
        } else {
            int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
            if (looksBinary(bytes, start)) {
                throw new InputException(file, 0, "binary file, not an article: it holds NUL or control bytes; "
                        + "pass text, Markdown, HTML or JSON Lines files only");
            }
            decoded = utf8(file, bytes, start);
        }
        if (decoded.text().isBlank()) {
            throw new InputException(file, 0, "empty file: it holds only whitespace; remove it or add the text");
        }
        return decoded;
    }

    private static Decoded utf16(byte[] bytes, boolean littleEndian) {
        var charset = littleEndian ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
        return new Decoded(new String(bytes, 2, bytes.length - 2, charset), List.of());
    }

    private static Decoded utf8(Path file, byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
        int firstBad = -1;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                if (firstBad < 0) {
                    firstBad = in.position();
                }
                out.put('\uFFFD');
                in.position(in.position() + result.length());
            } else {
                break;
            }
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        if (firstBad < 0) {
            return new Decoded(text, List.of());
        }
        InputException problem = new InputException(file, lineOfByte(bytes, start, firstBad),
                "invalid UTF-8 at byte " + firstBad + ": undecodable bytes were read as U+FFFD; save the file as UTF-8");
        return new Decoded(text, List.of(problem));
    }

    private static int lineOfByte(byte[] bytes, int from, int position) {
        int line = 1;
        for (int i = from; i < position; i++) {
            boolean lineEnd = bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'));
            if (lineEnd) {
                line++;
            }
        }
        return line;
    }

    private static boolean looksBinary(byte[] bytes, int start) {
        int end = Math.min(bytes.length, start + SAMPLE);
        int control = 0;
        for (int i = start; i < end; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return end > start && control * 100 > (end - start) * MAX_CONTROL_PERCENT;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
