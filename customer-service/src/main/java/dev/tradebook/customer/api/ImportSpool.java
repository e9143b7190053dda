package dev.tradebook.customer.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.tradebook.customer.config.ImportSettings;
import dev.tradebook.platform.runtime.problem.InvalidRequest;
import dev.tradebook.platform.runtime.problem.Violation;

/**
 * Copies an import body to a file as it arrives, a buffer at a time, so that neither a large body nor a restart
 * loses it. On the way it refuses a body over the maximum (413), one that is not UTF-8 (400, with the line of the
 * first bad byte) and an empty one (400): nothing is imported from such a file.
 */
@ApplicationScoped
class ImportSpool {

    private static final int BUFFER = 64 * 1024;

    private final ImportSettings settings;

    ImportSpool(ImportSettings settings) {
        this.settings = settings;
    }

    record Spooled(Path file, long size) {
    }

    Spooled spool(InputStream body) {
        Path file = Path.of(settings.spoolDirectory(), UUID.randomUUID() + ".import");
        try {
            Files.createDirectories(file.getParent());
            long size;
            try (OutputStream out = Files.newOutputStream(file)) {
                size = copyCheckingUtf8(body, out);
            }
            return new Spooled(file, size);
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException refused) {
            delete(file);
            throw refused;
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long copyCheckingUtf8(InputStream body, OutputStream out) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
        CharBuffer chars = CharBuffer.allocate(BUFFER);
        Text text = new Text();
        long size = 0;
        int n;
        while ((n = body.read(bytes.array(), bytes.position(), bytes.remaining())) >= 0) {
            out.write(bytes.array(), bytes.position(), n);
            size += n;
            if (size > settings.maxBytes()) {
                throw new ImportTooLarge(settings.maxBytes());
            }
            bytes.position(bytes.position() + n).flip();
            decode(decoder, bytes, chars, false, text);
            bytes.compact();
        }
        bytes.flip();
        decode(decoder, bytes, chars, true, text);
        if (!text.seen) {
            throw new InvalidRequest("empty-import", "The import file is empty",
                    List.of(new Violation("body", "has no rows")));
        }
        return size;
    }

    /** Decodes what is there, counting lines and noting any text; refuses at the first byte that is not UTF-8. */
    private static void decode(CharsetDecoder decoder, ByteBuffer bytes, CharBuffer chars, boolean end, Text text) {
        CoderResult result;
        do {
            result = decoder.decode(bytes, chars, end);
            chars.flip();
            text.take(chars);
            chars.clear();
            if (result.isError()) {
                throw new InvalidRequest("encoding", "The import file is not UTF-8 text",
                        List.of(new Violation("body", "line " + text.line + " has bytes that are not UTF-8; "
                                + "save the file as UTF-8")));
            }
        } while (result.isOverflow());
    }

    /** What the decoded text has shown so far. */
    private static final class Text {

        private long line = 1;
        private boolean seen;

        void take(CharBuffer chars) {
            while (chars.hasRemaining()) {
                char c = chars.get();
                if (c == '\n') {
                    line++;
                } else if (!Character.isWhitespace(c)) {
                    seen = true;
                }
            }
        }
    }
}
