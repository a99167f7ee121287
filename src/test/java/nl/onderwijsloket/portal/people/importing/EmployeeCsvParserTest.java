package nl.onderwijsloket.portal.people.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading employee files the way Dutch HR systems and spreadsheets write them. */
class EmployeeCsvParserTest {

    private static final String DUTCH_HEADER =
            "Personeelsnummer;Voornaam;Tussenvoegsel;Achternaam;E-mailadres;School;Functie;Taal;In dienst sinds;"
                    + "Leidinggevende;Vakken";

    private static EmployeeCsv parse(String text) {
        return EmployeeCsvParser.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> errorKeys(EmployeeCsv csv) {
        return csv.errors().stream().map(ImportMessage::key).toList();
    }

    @Test
    void readsASemicolonFileWithDutchHeaders() {
        EmployeeCsv csv = parse(DUTCH_HEADER + "\r\n"
                + "1001;Anna;de;Vries;anna@example.nl;21QE;Leraar;nl;01-08-2024;;\r\n"
                + "1002;Bram;;Jansen;bram@example.nl;OBS De Esch;Onderwijsassistent;;;1001;\r\n");

        assertThat(csv.errors()).isEmpty();
        assertThat(csv.columns()).containsExactlyInAnyOrder(ImportColumn.values());
        assertThat(csv.rows()).hasSize(2);
        CsvRow anna = csv.rows().getFirst();
        assertThat(anna.line()).isEqualTo(2);
        assertThat(anna.get(ImportColumn.EMPLOYEE_NUMBER)).isEqualTo("1001");
        assertThat(anna.get(ImportColumn.NAME_PREFIX)).isEqualTo("de");
        assertThat(anna.get(ImportColumn.EMAIL)).isEqualTo("anna@example.nl");
        assertThat(anna.get(ImportColumn.STARTED_ON)).isEqualTo("01-08-2024");
        CsvRow bram = csv.rows().get(1);
        assertThat(bram.line()).isEqualTo(3);
        assertThat(bram.get(ImportColumn.NAME_PREFIX)).isEmpty();
        assertThat(bram.get(ImportColumn.SCHOOL)).isEqualTo("OBS De Esch");
        assertThat(bram.get(ImportColumn.LINE_MANAGER)).isEqualTo("1001");
    }

    @Test
    void readsACommaFileWithEnglishHeadersInAnyCaseAndOrder() {
        EmployeeCsv csv = parse("EMAIL,employee number,Function,First Name,Last name,school,Cost centre\n"
                + "anna@example.nl,1001,Teacher,Anna,Vries,21QE,K-12\n");

        assertThat(csv.errors()).isEmpty();
        assertThat(csv.columns()).containsExactlyInAnyOrder(ImportColumn.EMAIL, ImportColumn.EMPLOYEE_NUMBER,
                ImportColumn.FUNCTION, ImportColumn.FIRST_NAME, ImportColumn.LAST_NAME, ImportColumn.SCHOOL);
        CsvRow row = csv.rows().getFirst();
        assertThat(row.get(ImportColumn.EMPLOYEE_NUMBER)).isEqualTo("1001");
        assertThat(row.get(ImportColumn.FUNCTION)).isEqualTo("Teacher");
        // A column the file does not have reads as empty; unknown columns are ignored.
        assertThat(row.get(ImportColumn.LANGUAGE)).isEmpty();
        assertThat(row.values()).doesNotContainValue("K-12");
    }

    @Test
    void takesTheDelimiterFromTheHeaderEvenWhenValuesHoldTheOtherOne() {
        EmployeeCsv csv = parse(DUTCH_HEADER + "\n1001;Anna;;Vries, van;anna@example.nl;21QE;Leraar;;\n");

        assertThat(csv.errors()).isEmpty();
        assertThat(csv.rows().getFirst().get(ImportColumn.LAST_NAME)).isEqualTo("Vries, van");
        assertThat(EmployeeCsvParser.delimiter("a,b,c;d\n;;;;;;")).isEqualTo(',');
        assertThat(EmployeeCsvParser.delimiter("\"a;b\",c,d")).isEqualTo(',');
        assertThat(EmployeeCsvParser.delimiter("a;b;c")).isEqualTo(';');
    }

    @Test
    void stripsAUtf8ByteOrderMarkSoTheFirstHeaderIsRecognised() {
        byte[] text = (DUTCH_HEADER + "\n1001;Anna;;Vries;anna@example.nl;21QE;Leraar;;\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        EmployeeCsv csv = EmployeeCsvParser.parse(withBom);

        assertThat(csv.errors()).isEmpty();
        assertThat(csv.rows().getFirst().get(ImportColumn.EMPLOYEE_NUMBER)).isEqualTo("1001");
    }

    @Test
    void quotedFieldsMayHoldDelimitersQuotesAndLineBreaks() {
        EmployeeCsv csv = parse(DUTCH_HEADER + "\n"
                + "1001;\"Anna; Maria\";;\"O\"\"Neill\";anna@example.nl;\"Basisschool\nDe Esch\";Leraar;;\n"
                + "1002; Bram ;;  Jansen ;bram@example.nl;21QE;Leraar;;\n");

        assertThat(csv.errors()).isEmpty();
        CsvRow anna = csv.rows().getFirst();
        assertThat(anna.get(ImportColumn.FIRST_NAME)).isEqualTo("Anna; Maria");
        assertThat(anna.get(ImportColumn.LAST_NAME)).isEqualTo("O\"Neill");
        assertThat(anna.get(ImportColumn.SCHOOL)).isEqualTo("Basisschool\nDe Esch");
        // Spreadsheet row numbers: the quoted line break stays inside row 2; spaces around values go.
        CsvRow bram = csv.rows().get(1);
        assertThat(bram.line()).isEqualTo(3);
        assertThat(bram.get(ImportColumn.FIRST_NAME)).isEqualTo("Bram");
        assertThat(bram.get(ImportColumn.LAST_NAME)).isEqualTo("Jansen");
    }

    @Test
    void emptyRowsAreSkippedButStillCountInTheRowNumbers() {
        EmployeeCsv csv = parse(DUTCH_HEADER + "\n\n;;;;;;;;\n1001;Anna;;Vries;anna@example.nl;21QE;Leraar\n");

        assertThat(csv.errors()).isEmpty();
        assertThat(csv.rows()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(4);
            // A short row: the missing cells read as empty.
            assertThat(row.get(ImportColumn.STARTED_ON)).isEmpty();
        });
    }

    @Test
    void aMissingRequiredColumnIsAFileErrorPerColumn() {
        EmployeeCsv csv = parse("Personeelsnummer;Voornaam;Achternaam;School\n1001;Anna;Vries;21QE\n");

        assertThat(csv.rows()).isEmpty();
        assertThat(csv.errors()).containsExactly(
                ImportMessage.of("import.file.missing-column", ImportColumn.EMAIL),
                ImportMessage.of("import.file.missing-column", ImportColumn.FUNCTION));
    }

    @Test
    void optionalColumnsMayBeLeftOut() {
        EmployeeCsv csv = parse("personeelsnr;voornaam;achternaam;email;brin;functie\n1001;Anna;Vries;a@b.nl;21QE;Leraar\n");

        assertThat(csv.errors()).isEmpty();
        assertThat(csv.has(ImportColumn.NAME_PREFIX)).isFalse();
        assertThat(csv.has(ImportColumn.LANGUAGE)).isFalse();
        assertThat(csv.has(ImportColumn.STARTED_ON)).isFalse();
    }

    @Test
    void aColumnNamedTwiceIsAFileError() {
        EmployeeCsv csv = parse("Personeelsnummer;Voornaam;Achternaam;E-mail;E-mailadres;School;Functie\n");

        assertThat(csv.errors()).containsExactly(
                ImportMessage.of("import.file.duplicate-column", ImportColumn.EMAIL, "E-mailadres"));
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedRatherThanGarbled() {
        // "Ö" in Windows-1252, as Excel's plain "CSV" writes it.
        byte[] latin = (DUTCH_HEADER + "\n1001;Öykü;;Yilmaz;o@b.nl;21QE;Leraar;;\n")
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));

        assertThat(errorKeys(EmployeeCsvParser.parse(latin))).containsExactly("import.file.encoding");
    }

    @Test
    void emptyHeaderOnlyBrokenAndOversizedFilesAreFileErrors() {
        assertThat(errorKeys(parse(""))).containsExactly("import.file.empty");
        assertThat(errorKeys(parse(" \r\n"))).containsExactly("import.file.empty");
        assertThat(errorKeys(parse(DUTCH_HEADER + "\n"))).containsExactly("import.file.no-rows");
        assertThat(parse(DUTCH_HEADER + "\n1001;\"Anna;;Vries;a@b.nl;21QE;Leraar;;\n1002;Bram\n").errors())
                .containsExactly(ImportMessage.of("import.file.malformed", 2L));
        assertThat(errorKeys(EmployeeCsvParser.parse(new byte[EmployeeCsvParser.MAX_BYTES + 1])))
                .containsExactly("import.file.too-large");
    }

    @Test
    void moreThanTheRowLimitIsAFileError() {
        var text = new StringBuilder(DUTCH_HEADER).append('\n');
        for (int i = 0; i < EmployeeCsvParser.MAX_ROWS; i++) {
            text.append(i).append(";A;;B;a").append(i).append("@b.nl;21QE;Leraar;;\n");
        }
        assertThat(parse(text.toString()).rows()).hasSize(EmployeeCsvParser.MAX_ROWS);

        text.append("9999999;A;;B;last@b.nl;21QE;Leraar;;\n");
        EmployeeCsv tooMany = parse(text.toString());
        assertThat(tooMany.rows()).isEmpty();
        assertThat(tooMany.errors()).containsExactly(
                ImportMessage.of("import.file.too-many-rows", EmployeeCsvParser.MAX_ROWS));
    }

    @Test
    void theExampleFileOfTheReadmeIsTheOneTheScreenOffersAndReadsCleanly() throws IOException {
        byte[] docs = Files.readAllBytes(Path.of("docs", "voorbeeld-medewerkers.csv"));
        try (InputStream offered = getClass().getResourceAsStream(
                "/nl/onderwijsloket/portal/people/ui/voorbeeld-medewerkers.csv")) {
            assertThat(offered).isNotNull();
            assertThat(offered.readAllBytes()).isEqualTo(docs);
        }
        EmployeeCsv csv = EmployeeCsvParser.parse(docs);
        assertThat(csv.errors()).isEmpty();
        assertThat(csv.columns()).containsExactlyInAnyOrder(ImportColumn.values());
        assertThat(csv.rows()).hasSize(6);
    }

    @Test
    void headerVariantsNameTheirColumns() {
        assertThat(ImportColumn.forHeader(" Personeels-nr. ")).contains(ImportColumn.EMPLOYEE_NUMBER);
        assertThat(ImportColumn.forHeader("E-MAIL")).contains(ImportColumn.EMAIL);
        assertThat(ImportColumn.forHeader("e-mail adres")).contains(ImportColumn.EMAIL);
        assertThat(ImportColumn.forHeader("BRIN-code")).contains(ImportColumn.SCHOOL);
        assertThat(ImportColumn.forHeader("Datum in dienst")).contains(ImportColumn.STARTED_ON);
        assertThat(ImportColumn.forHeader("Last_Name")).contains(ImportColumn.LAST_NAME);
        assertThat(ImportColumn.forHeader("Kostenplaats")).isEmpty();
    }
}
