package nl.onderwijsloket.portal.people.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an employee file as Dutch HR systems and spreadsheets export it: UTF-8 with or without a byte order
 * mark, separated by semicolons (Dutch Excel) or commas (the delimiter is taken from the header row),
 * fields optionally in double quotes with delimiters, doubled quotes and line breaks inside. The header
 * row names the columns in Dutch or English ({@link ImportColumn}); other columns are ignored.
 *
 * <p>Problems with the file as a whole (too large, not UTF-8, a required column missing, broken quoting) are
 * reported as file errors; problems with single values are for the validation that follows.
 */
public final class EmployeeCsvParser {

    /** Largest file accepted: 2 MB, a few times what 5,000 employees take. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /** Most data rows accepted in one file. */
    public static final int MAX_ROWS = 5_000;

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private EmployeeCsvParser() {
    }

    public static EmployeeCsv parse(byte[] content) {
        if (content.length > MAX_BYTES) {
            return EmployeeCsv.failed(ImportMessage.of("import.file.too-large", MAX_BYTES / (1024 * 1024)));
        }
        Optional<String> text = decode(content);
        if (text.isEmpty()) {
            return EmployeeCsv.failed(ImportMessage.of("import.file.encoding"));
        }
        if (text.get().isBlank()) {
            return EmployeeCsv.failed(ImportMessage.of("import.file.empty"));
        }
        return read(text.get());
    }

    /** The text of UTF-8 bytes without a leading byte order mark, or empty when the bytes are no UTF-8. */
    static Optional<String> decode(byte[] content) {
        int offset = startsWith(content, UTF8_BOM) ? UTF8_BOM.length : 0;
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The delimiter of the header row: the more frequent of semicolon and comma outside quotes, a semicolon
     * when they are equally frequent (a header with neither has one column and fails on missing columns).
     */
    static char delimiter(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }

    private static EmployeeCsv read(String text) {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter(text))
                .setQuote('"')
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true)
                .setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            var lines = new LineTracker(parser);
            try {
                return read(parser.iterator(), lines);
            } catch (UncheckedIOException | IllegalStateException e) {
                // Broken quoting: an opened quote that never closes, text after a closing quote.
                return EmployeeCsv.failed(ImportMessage.of("import.file.malformed", lines.recordStart));
            }
        } catch (IOException e) {
            // A StringReader does not fail; commons-csv declares it anyway.
            throw new UncheckedIOException(e);
        }
    }

    /** The line (in a text editor's numbering) where the record being read starts, for broken quoting. */
    private static final class LineTracker {

        private final CSVParser parser;
        private long recordStart = 1;

        LineTracker(CSVParser parser) {
            this.parser = parser;
        }

        /** Whether there is another record; reads it (the iterator reads ahead), so call before {@code next()}. */
        boolean hasNext(Iterator<CSVRecord> records) {
            recordStart = parser.getCurrentLineNumber() + 1;
            return records.hasNext();
        }
    }

    private static EmployeeCsv read(Iterator<CSVRecord> records, LineTracker lines) {
        Map<ImportColumn, Integer> positions = new EnumMap<>(ImportColumn.class);
        List<ImportMessage> errors = new ArrayList<>();
        if (!lines.hasNext(records)) {
            return EmployeeCsv.failed(ImportMessage.of("import.file.empty"));
        }
        CSVRecord header = records.next();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            int index = i;
            ImportColumn.forHeader(name).ifPresent(column -> {
                if (positions.putIfAbsent(column, index) != null) {
                    errors.add(ImportMessage.of("import.file.duplicate-column", column, name));
                }
            });
        }
        for (ImportColumn column : ImportColumn.values()) {
            if (column.required() && !positions.containsKey(column)) {
                errors.add(ImportMessage.of("import.file.missing-column", column));
            }
        }
        if (!errors.isEmpty()) {
            return new EmployeeCsv(positions.keySet(), List.of(), errors);
        }
        List<CsvRow> rows = new ArrayList<>();
        while (lines.hasNext(records)) {
            CSVRecord record = records.next();
            Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
            positions.forEach((column, index) -> values.put(column, index < record.size() ? record.get(index) : ""));
            if (values.values().stream().allMatch(String::isEmpty)) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                return new EmployeeCsv(positions.keySet(), List.of(),
                        List.of(ImportMessage.of("import.file.too-many-rows", MAX_ROWS)));
            }
            // Record numbers count the header and empty lines, as a spreadsheet's row numbers do.
            rows.add(new CsvRow(Math.toIntExact(record.getRecordNumber()), values));
        }
        if (rows.isEmpty()) {
            return new EmployeeCsv(positions.keySet(), List.of(), List.of(ImportMessage.of("import.file.no-rows")));
        }
        return new EmployeeCsv(positions.keySet(), rows, List.of());
    }
}
