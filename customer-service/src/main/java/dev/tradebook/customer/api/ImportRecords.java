package dev.tradebook.customer.api;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import dev.tradebook.customer.domain.ImportFormat;
import dev.tradebook.platform.runtime.problem.Violation;

/**
 * The records of a spooled import file, one at a time (never the whole file in memory): each a customer JSON
 * object, as the tokens a parser gives, with the line it starts on, or why it is not one. An NDJSON line is
 * parsed once, straight into the request by its reader ({@link ImportRows}), with no tree in between. A CSV row
 * with another number of values than the header has columns is refused on its own; a file the CSV library cannot
 * read past (an unbalanced quote) ends with {@link Unreadable}.
 */
final class ImportRecords implements Closeable {

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    /** A record, or the violations that keep it from being one; {@code customer} is at the object's start. */
    record Record(long line, JsonParser customer, List<Violation> refused) {
    }

    /** The file cannot be read past {@code line}. */
    static final class Unreadable extends Exception {

        final long line;

        Unreadable(long line, String message) {
            super(message);
            this.line = line;
        }
    }

    private final CountingStream counted;
    private final ObjectMapper json;
    private final MappingIterator<String[]> csv;
    private final String[] header;
    private final BufferedReader lines;
    private long lineNumber;

    private ImportRecords(Path file, ImportFormat format, ObjectMapper json) throws IOException {
        this.counted = new CountingStream(Files.newInputStream(file));
        this.json = json;
        Reader reader = new InputStreamReader(counted, StandardCharsets.UTF_8);
        if (format == ImportFormat.CSV) {
            this.csv = CSV.readerFor(String[].class).readValues(reader);
            this.header = csv.hasNextValue() ? csv.nextValue() : new String[0];
            this.lines = null;
        } else {
            this.csv = null;
            this.header = null;
            this.lines = new BufferedReader(reader);
        }
    }

    static ImportRecords open(Path file, ImportFormat format, ObjectMapper json) throws IOException {
        return new ImportRecords(file, format, json);
    }

    /** The header row of a CSV file (empty for an empty file). */
    String[] header() {
        return header;
    }

    /** The next record, null at the end of the file. Blank lines are no records. */
    Record next() throws IOException, Unreadable {
        return csv != null ? nextRow() : nextLine();
    }

    /** Passes over the {@code count} records an earlier run of the import has written already. */
    void skip(long count) throws IOException, Unreadable {
        for (long i = 0; i < count && next() != null; i++) {
            // only moving on
        }
    }

    /** How far into the file the reading is, in bytes (read ahead by the reader's buffer). */
    long bytesRead() {
        return counted.count;
    }

    private Record nextRow() throws Unreadable {
        while (true) {
            long line = csv.getParser().currentLocation().getLineNr();
            String[] values;
            try {
                if (!csv.hasNextValue()) {
                    return null;
                }
                values = csv.nextValue();
            } catch (IOException | RuntimeException e) {
                throw new Unreadable(line, "the CSV cannot be read from here on: " + firstLine(e.getMessage()));
            }
            if (values.length == 1 && values[0].isEmpty()) {
                continue;
            }
            if (values.length != header.length) {
                return new Record(line, null, List.of(new Violation(null,
                        "has " + values.length + " values, the header has " + header.length + " columns")));
            }
            List<Violation> violations = new ArrayList<>();
            ObjectNode customer = CustomerColumns.toJson(header, values, json, violations);
            return new Record(line, customer.traverse(json), violations);
        }
    }

    private Record nextLine() throws IOException {
        while (true) {
            String text = lines.readLine();
            if (text == null) {
                return null;
            }
            lineNumber++;
            if (text.isBlank()) {
                continue;
            }
            // A parser of its own for each line: a malformed line ends there, the next line is read afresh.
            JsonParser customer = json.createParser(text);
            try {
                if (customer.nextToken() == JsonToken.START_OBJECT) {
                    return new Record(lineNumber, customer, List.of());
                }
                customer.close();
                return new Record(lineNumber, null, List.of(new Violation(null, "is not a JSON object")));
            } catch (JsonProcessingException e) {
                return new Record(lineNumber, null, List.of(new Violation(null, "is not valid JSON: "
                        + e.getOriginalMessage())));
            }
        }
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse(message);
    }

    @Override
    public void close() throws IOException {
        if (csv != null) {
            csv.close();
        } else {
            lines.close();
        }
    }

    /** Counts the bytes the parser has taken from the file. */
    private static final class CountingStream extends FilterInputStream {

        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
