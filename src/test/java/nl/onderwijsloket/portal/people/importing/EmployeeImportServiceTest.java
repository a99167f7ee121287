package nl.onderwijsloket.portal.people.importing;

import static nl.onderwijsloket.portal.TestSignIn.signInAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.onderwijsloket.portal.DatabaseTest;
import nl.onderwijsloket.portal.TestSignIn;
import nl.onderwijsloket.portal.people.JobFunction;
import nl.onderwijsloket.portal.people.TwoBoards;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The employee import against the real database: every kind of bad row is reported and skipped, a
 * re-import updates people instead of duplicating them, a board's scope holds without a board parameter,
 * and a commit saves everything or nothing.
 */
@SpringBootTest
@DatabaseTest
class EmployeeImportServiceTest {

    private static final String HEADER =
            "Personeelsnummer;Voornaam;Tussenvoegsel;Achternaam;E-mail;School;Functie;Taal;In dienst sinds";

    @Autowired
    EmployeeImportService imports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    TwoBoards region;
    /** The e-mail domain of the people these tests import, unique per test. */
    String domain;
    String brinA1;
    String brinA2;
    String brinB1;

    @BeforeEach
    void createRegion() {
        region = TwoBoards.create(jdbc);
        domain = "imp-" + region.fixtures.tag().toLowerCase(Locale.ROOT) + ".test";
        brinA1 = brin(region.schoolA1);
        brinA2 = brin(region.schoolA2);
        brinB1 = brin(region.schoolB1);
    }

    @AfterEach
    void removeRegion() {
        TestSignIn.signOut();
        // The imported employees first: the fixture removes only what it wrote itself.
        jdbc.sql("DELETE FROM employee WHERE board_id IN (:boards)")
                .param("boards", List.of(region.boardA, region.boardB)).update();
        region.remove();
    }

    @Test
    void eachKindOfBadRowIsReportedAndOnlyTheValidRowIsSaved() {
        signInAs(users, region.hrA);
        String eva = email(region.eva);
        String bram = email(region.bram);
        EmployeeCsv file = csv(
                "N1;Lotte;van der;Meer;lotte@" + domain + ";" + brinA1 + ";Leraar;en;01-08-2024",
                "N2;Sem;;Jansen;;" + brinA1 + ";Leraar;;",
                "N3;Noor;;Amrani;noor@;" + brinA1 + ";Leraar;;",
                "N4;Daan;;Wit;daan@" + domain + ";XX99;Leraar;;",
                "N5;Fleur;;Smit;fleur@" + domain + ";" + brinB1 + ";Leraar;;",
                "N6;Bas;;Kok;bas@" + domain + ";" + brinA1 + ";Conciërge;;",
                "N7;Ivo;;Ros;ivo@" + domain + ";" + brinA1 + ";Leraar;;",
                "N7;Jet;;Ros;jet@" + domain + ";" + brinA1 + ";Leraar;;",
                "N8;Kees;;Bos;kees@" + domain + ";" + brinA1 + ";Leraar;;",
                "N9;Kim;;Bos;KEES@" + domain + ";" + brinA1 + ";Leraar;;",
                "N10;Eva;de;Boer;" + eva + ";" + brinA1 + ";Leraar;;",
                "N11;Lars;;Smit;lars@" + domain + ";" + brinA1 + ";Leraar;fr;31-02-2024",
                "N12;;;;naamloos@" + domain + ";" + brinA1 + ";Leraar;;",
                number(region.anna) + ";Anna;de;Boer;" + bram + ";" + brinA1 + ";Leraar;;",
                "N13;Mila;;Veen;mila@" + domain + ";Testschool De Eik;Leraar;;");

        ImportPreview preview = imports.preview(file);

        assertThat(preview.fileErrors()).isEmpty();
        assertThat(errorsByLine(preview)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry(2, List.of()),
                Map.entry(3, List.of(ImportMessage.of("import.error.required", ImportColumn.EMAIL))),
                Map.entry(4, List.of(ImportMessage.of("import.error.email-invalid", "noor@"))),
                Map.entry(5, List.of(ImportMessage.of("import.error.school-unknown", "XX99"))),
                Map.entry(6, List.of(ImportMessage.of("import.error.school-other-board", brinB1))),
                Map.entry(7, List.of(ImportMessage.of("import.error.function-unknown", "Conciërge"))),
                Map.entry(8, List.of(ImportMessage.of("import.error.duplicate-number", "N7", 9))),
                Map.entry(9, List.of(ImportMessage.of("import.error.duplicate-number", "N7", 8))),
                Map.entry(10, List.of(ImportMessage.of("import.error.duplicate-email", "kees@" + domain, 11))),
                Map.entry(11, List.of(ImportMessage.of("import.error.duplicate-email", "KEES@" + domain, 10))),
                Map.entry(12, List.of(ImportMessage.of("import.error.email-other-board", eva))),
                Map.entry(13, List.of(ImportMessage.of("import.error.language-unknown", "fr"),
                        ImportMessage.of("import.error.date-invalid", "31-02-2024"))),
                Map.entry(14, List.of(ImportMessage.of("import.error.required", ImportColumn.FIRST_NAME),
                        ImportMessage.of("import.error.required", ImportColumn.LAST_NAME))),
                Map.entry(15, List.of(ImportMessage.of("import.error.email-taken", bram, number(region.bram)))),
                Map.entry(16, List.of(ImportMessage.of("import.error.school-other-board", "Testschool De Eik")))));
        assertThat(preview.count(ImportAction.NEW)).isEqualTo(1);
        assertThat(preview.count(ImportAction.ERROR)).isEqualTo(14);
        assertThat(preview.canCommit()).isTrue();
        assertThat(employeesOf(region.boardA)).isEqualTo(4);

        ImportResult result = imports.commit(file, preview, ImportProgress.NONE);

        assertThat(result).isEqualTo(new ImportResult(1, 0, 0, 14));
        assertThat(importedEmails()).containsExactly("lotte@" + domain);
        assertThat(employeesOf(region.boardA)).isEqualTo(5);
        assertThat(employeesOf(region.boardB)).isEqualTo(2);
        var lotte = jdbc.sql("SELECT name_prefix, school_id, job_function, preferred_locale, started_on, version"
                        + " FROM employee WHERE email = :email").param("email", "lotte@" + domain)
                .query().singleRow();
        assertThat(lotte).containsEntry("name_prefix", "van der").containsEntry("school_id", region.schoolA1)
                .containsEntry("job_function", "LERAAR").containsEntry("preferred_locale", "en")
                .containsEntry("started_on", java.sql.Date.valueOf(LocalDate.of(2024, 8, 1)));
        // Unchanged by the import: Eva (board B) and Bram.
        assertThat(email(region.eva)).isEqualTo(eva);
        assertThat(number(region.bram)).isEqualTo(numberOf(bram));
    }

    @Test
    void aReimportUpdatesMatchedEmployeesInsteadOfDuplicatingThem() {
        signInAs(users, region.hrA);
        EmployeeCsv first = csv(
                "N1;Lotte;van der;Meer;lotte@" + domain + ";" + brinA1 + ";Leraar;en;01-08-2024",
                "N2;Sem;;Jansen;sem@" + domain + ";;Staf en ondersteuning;;");
        assertThat(imports.commit(first, imports.preview(first), ImportProgress.NONE))
                .isEqualTo(new ImportResult(2, 0, 0, 0));
        long lotte = idOf("lotte@" + domain);
        long sem = idOf("sem@" + domain);
        String bram = email(region.bram);

        // The HR system's next export: no language or start date columns, which therefore stay as they are.
        EmployeeCsv second = EmployeeCsvParser.parse(String.join("\n",
                "Employee number,First name,Prefix,Last name,Email,School,Function",
                "N1,Lotte,van der,Meer,lotte@" + domain + ",Testcollege Het Noorden,Intern begeleider",
                "N2,Sem,,Jansen,sem@" + domain + ",,Staff",
                number(region.anna) + ",Anna,de,Boer-Jansen," + email(region.anna) + "," + brinA1 + ",Leraar",
                "B-77,Bram,,Aalders," + bram + "," + brinA1 + ",Onderwijsassistent").getBytes(StandardCharsets.UTF_8));

        ImportPreview preview = imports.preview(second);

        assertThat(preview.rows()).extracting(ImportRow::action).containsExactly(ImportAction.UPDATE,
                ImportAction.UNCHANGED, ImportAction.UPDATE, ImportAction.UPDATE);
        assertThat(preview.rows()).extracting(ImportRow::employeeId).containsExactly(lotte, sem, region.anna,
                region.bram);
        assertThat(preview.rows().get(0).changes()).containsExactly(
                new FieldChange(ImportColumn.SCHOOL, "Testschool De Linde", "Testcollege Het Noorden"),
                new FieldChange(ImportColumn.FUNCTION, JobFunction.LERAAR, JobFunction.INTERN_BEGELEIDER));
        assertThat(preview.rows().get(2).changes()).containsExactly(
                new FieldChange(ImportColumn.LAST_NAME, "Boer", "Boer-Jansen"));
        // Found by e-mail address: the employee number is what changes.
        assertThat(preview.rows().get(3).changes()).containsExactly(
                new FieldChange(ImportColumn.EMPLOYEE_NUMBER, number(region.bram), "B-77"));

        assertThat(imports.commit(second, preview, ImportProgress.NONE)).isEqualTo(new ImportResult(0, 3, 1, 0));

        assertThat(employeesOf(region.boardA)).isEqualTo(6);
        var updated = jdbc.sql("SELECT school_id, job_function, preferred_locale, started_on, version FROM employee"
                + " WHERE id = :id").param("id", lotte).query().singleRow();
        assertThat(updated).containsEntry("school_id", region.schoolA2)
                .containsEntry("job_function", "INTERN_BEGELEIDER").containsEntry("preferred_locale", "en")
                .containsEntry("started_on", java.sql.Date.valueOf(LocalDate.of(2024, 8, 1)))
                .containsEntry("version", 1L);
        assertThat(jdbc.sql("SELECT version FROM employee WHERE id = :id").param("id", sem).query(Long.class)
                .single()).isZero();
        assertThat(number(region.bram)).isEqualTo("B-77");
        assertThat(jdbc.sql("SELECT last_name FROM employee WHERE id = :id").param("id", region.anna)
                .query(String.class).single()).isEqualTo("Boer-Jansen");

        // The same file again changes nothing.
        ImportPreview again = imports.preview(second);
        assertThat(again.rows()).extracting(ImportRow::action).containsOnly(ImportAction.UNCHANGED);
        assertThat(again.canCommit()).isFalse();
    }

    @Test
    void lineManagersAreFoundInTheFileOrTheBoardAndSubjectsAreKeptTidy() {
        signInAs(users, region.hrA);
        String header = HEADER + ";Leidinggevende;Vakken";
        EmployeeCsv file = parse(header,
                "M1;Mira;;Kok;mira@" + domain + ";" + brinA1 + ";Schoolleider;;;;",
                "S1;Stijn;;Smit;stijn@" + domain + ";" + brinA1 + ";Startende leraar;;;M1;\"Wiskunde; natuurkunde / wiskunde\"",
                "S2;Sara;;Pol;sara@" + domain + ";" + brinA1 + ";Startende leraar;;;" + email(region.anna) + ";",
                "S3;Sven;;Vos;sven@" + domain + ";" + brinA1 + ";Leraar;;;S3;",
                "S4;Siem;;Bak;siem@" + domain + ";" + brinA1 + ";Leraar;;;X-404;",
                "S5;Saar;;Lam;saar@" + domain + ";" + brinA1 + ";Leraar;;;S6;",
                "S6;Sjef;;Mol;sjef@;" + brinA1 + ";Leraar;;;;");

        ImportPreview preview = imports.preview(file);

        assertThat(errorsByLine(preview)).containsAllEntriesOf(Map.of(
                2, List.of(), 3, List.of(), 4, List.of(),
                5, List.of(ImportMessage.of("import.error.manager-self", "S3")),
                6, List.of(ImportMessage.of("import.error.manager-unknown", "X-404")),
                7, List.of(ImportMessage.of("import.error.manager-not-imported", "S6", 8))));
        imports.commit(file, preview, ImportProgress.NONE);
        long mira = idOf("mira@" + domain);
        long stijn = idOf("stijn@" + domain);
        assertThat(managerOf(stijn)).isEqualTo(mira);
        assertThat(managerOf(idOf("sara@" + domain))).isEqualTo(region.anna);
        assertThat(managerOf(mira)).isNull();
        assertThat(jdbc.sql("SELECT subjects FROM employee WHERE id = :id").param("id", stijn).query(String.class)
                .single()).isEqualTo("Wiskunde, natuurkunde");

        // Stijn moves to Anna, by e-mail address; a file without the subjects column leaves them alone.
        EmployeeCsv next = parse(HEADER + ";Manager",
                "S1;Stijn;;Smit;stijn@" + domain + ";" + brinA1 + ";Startende leraar;;;" + email(region.anna));
        ImportPreview changes = imports.preview(next);
        assertThat(changes.rows().getFirst().changes()).containsExactly(
                new FieldChange(ImportColumn.LINE_MANAGER, "M1", number(region.anna)));
        imports.commit(next, changes, ImportProgress.NONE);
        assertThat(managerOf(stijn)).isEqualTo(region.anna);
        assertThat(jdbc.sql("SELECT subjects FROM employee WHERE id = :id").param("id", stijn).query(String.class)
                .single()).isEqualTo("Wiskunde, natuurkunde");

        // An empty manager clears it.
        EmployeeCsv none = parse(HEADER + ";Leidinggevende",
                "S1;Stijn;;Smit;stijn@" + domain + ";" + brinA1 + ";Startende leraar;;;");
        imports.commit(none, imports.preview(none), ImportProgress.NONE);
        assertThat(managerOf(stijn)).isNull();
    }

    private Long managerOf(long employee) {
        return jdbc.sql("SELECT line_manager_id FROM employee WHERE id = :id").param("id", employee)
                .query((rs, n) -> rs.getObject(1, Long.class)).list().getFirst();
    }

    private static EmployeeCsv parse(String header, String... rows) {
        EmployeeCsv csv = EmployeeCsvParser.parse((header + "\n" + String.join("\n", rows))
                .getBytes(StandardCharsets.UTF_8));
        assertThat(csv.errors()).isEmpty();
        return csv;
    }

    @Test
    void hrOfBoardBCannotReachBoardAWhateverTheFileSays() {
        signInAs(users, region.hrB);
        String anna = email(region.anna);
        EmployeeCsv file = csv(
                "B1;Piet;;Post;piet@" + domain + ";" + brinA1 + ";Leraar;;",
                "B2;Roos;;Rood;roos@" + domain + ";Testcollege Het Noorden;Leraar;;",
                "B3;Anna;de;Boer;" + anna + ";" + brinB1 + ";Leraar;;",
                // Board A's employee number is just a number at board B: a new employee of board B.
                number(region.anna) + ";Saar;;Smit;saar@" + domain + ";" + brinB1 + ";Leraar;;");

        ImportPreview preview = imports.preview(file);

        assertThat(errorsByLine(preview)).containsExactlyInAnyOrderEntriesOf(Map.of(
                2, List.of(ImportMessage.of("import.error.school-other-board", brinA1)),
                3, List.of(ImportMessage.of("import.error.school-other-board", "Testcollege Het Noorden")),
                4, List.of(ImportMessage.of("import.error.email-other-board", anna)),
                5, List.of()));
        assertThat(preview.rows().get(3).action()).isEqualTo(ImportAction.NEW);

        assertThat(imports.commit(file, preview, ImportProgress.NONE)).isEqualTo(new ImportResult(1, 0, 0, 3));
        assertThat(employeesOf(region.boardA)).isEqualTo(4);
        assertThat(employeesOf(region.boardB)).isEqualTo(3);
        assertThat(jdbc.sql("SELECT board_id FROM employee WHERE email = :email").param("email", "saar@" + domain)
                .query(Long.class).single()).isEqualTo(region.boardB);
        assertThat(email(region.anna)).isEqualTo(anna);
    }

    @Test
    void aFailureHalfwayThroughTheCommitSavesNothing() {
        signInAs(users, region.hrA);
        int rows = 2 * EmployeeImportService.BATCH_SIZE + 100;
        EmployeeCsv file = csv(manyRows(rows));
        ImportPreview preview = imports.preview(file);
        assertThat(preview.count(ImportAction.NEW)).isEqualTo(rows);
        List<Integer> reported = new ArrayList<>();

        assertThatThrownBy(() -> imports.commit(file, preview, (done, total) -> {
            reported.add(done);
            throw new IllegalStateException("The server went away after " + done + " of " + total);
        })).isInstanceOf(IllegalStateException.class);

        // The first batch was written and then rolled back with the rest.
        assertThat(reported).containsExactly(EmployeeImportService.BATCH_SIZE);
        assertThat(importedEmails()).isEmpty();
        assertThat(employeesOf(region.boardA)).isEqualTo(4);
    }

    @Test
    void aFileOfTheFullSizeIsSavedInOneCommitWithProgressAfterEachBatch() {
        signInAs(users, region.hrA);
        EmployeeCsv file = csv(manyRows(EmployeeCsvParser.MAX_ROWS));
        ImportPreview preview = imports.preview(file);
        List<Integer> reported = new ArrayList<>();

        ImportResult result = imports.commit(file, preview, (done, total) -> {
            assertThat(total).isEqualTo(EmployeeCsvParser.MAX_ROWS);
            reported.add(done);
        });

        assertThat(result.created()).isEqualTo(EmployeeCsvParser.MAX_ROWS);
        assertThat(reported).hasSize(EmployeeCsvParser.MAX_ROWS / EmployeeImportService.BATCH_SIZE)
                .endsWith(EmployeeCsvParser.MAX_ROWS);
        assertThat(employeesOf(region.boardA)).isEqualTo(4 + EmployeeCsvParser.MAX_ROWS);
    }

    @Test
    void aChangeSinceThePreviewStopsTheWholeCommit() {
        signInAs(users, region.hrA);
        EmployeeCsv file = csv(
                "N1;Lotte;;Meer;lotte@" + domain + ";" + brinA1 + ";Leraar;;",
                "N2;Sem;;Jansen;sem@" + domain + ";" + brinA1 + ";Leraar;;");
        ImportPreview preview = imports.preview(file);
        // Meanwhile board B hires someone with Sem's address.
        jdbc.sql("INSERT INTO employee (board_id, employee_number, first_name, last_name, email, job_function,"
                        + " created_at, updated_at) VALUES (:board, 'X1', 'Sem', 'Jansen', :email, 'LERAAR', :now, :now)")
                .param("board", region.boardB).param("email", "sem@" + domain)
                .param("now", Timestamp.from(Instant.now())).update();

        assertThatThrownBy(() -> imports.commit(file, preview, ImportProgress.NONE))
                .isInstanceOf(ImportOutdatedException.class);

        assertThat(employeesOf(region.boardA)).isEqualTo(4);
        assertThat(imports.preview(file).rows().get(1).errors())
                .containsExactly(ImportMessage.of("import.error.email-other-board", "sem@" + domain));
    }

    @Test
    void anEmployeeEditedSinceThePreviewStopsTheWholeCommit() {
        signInAs(users, region.hrA);
        EmployeeCsv file = csv(
                "N1;Lotte;;Meer;lotte@" + domain + ";" + brinA1 + ";Leraar;;",
                number(region.anna) + ";Anna;de;Boer;" + email(region.anna) + ";" + brinA1 + ";Mentor;;");
        ImportPreview preview = imports.preview(file);
        jdbc.sql("UPDATE employee SET last_name = 'Boer-Visser', version = version + 1 WHERE id = :id")
                .param("id", region.anna).update();

        assertThatThrownBy(() -> imports.commit(file, preview, ImportProgress.NONE))
                .isInstanceOf(ImportOutdatedException.class);

        assertThat(importedEmails()).isEmpty();
        assertThat(jdbc.sql("SELECT job_function FROM employee WHERE id = :id").param("id", region.anna)
                .query(String.class).single()).isEqualTo("LERAAR");
    }

    @Test
    void onlyHrWithABoardMayImport() {
        EmployeeCsv file = csv("N1;Lotte;;Meer;lotte@" + domain + ";" + brinA1 + ";Leraar;;");
        for (String user : List.of(region.coordinator, region.teacher, region.hrWithoutBoard)) {
            signInAs(users, user);
            assertThatThrownBy(() -> imports.preview(file)).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> imports.commit(file, new ImportPreview(List.of(), List.of()),
                    ImportProgress.NONE)).as(user).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(importedEmails()).isEmpty();
    }

    @Test
    void theExampleFileOfTheReadmeAddsSixPeopleToTheDemoBoard() throws java.io.IOException {
        signInAs(users, "hr");
        EmployeeCsv example = EmployeeCsvParser.parse(
                java.nio.file.Files.readAllBytes(java.nio.file.Path.of("docs", "voorbeeld-medewerkers.csv")));

        ImportPreview preview = imports.preview(example);

        assertThat(preview.rows()).extracting(ImportRow::action).containsOnly(ImportAction.NEW).hasSize(6);
        assertThat(preview.rows()).extracting(ImportRow::schoolName).containsExactly("OBS De Esch",
                "CBS De Regenboog", "Basisschool Het Kwadrant", "CBS De Regenboog", null,
                "Basisschool De Wilgenhoek");
        assertThat(preview.rows()).allSatisfy(row -> assertThat(row.errors()).isEmpty());
    }

    private String[] manyRows(int count) {
        String[] rows = new String[count];
        for (int i = 0; i < count; i++) {
            rows[i] = "M" + i + ";Medewerker;;Nummer " + i + ";m" + i + "@" + domain + ";"
                    + (i % 2 == 0 ? brinA1 : brinA2) + ";Leraar;;";
        }
        return rows;
    }

    private static EmployeeCsv csv(String... rows) {
        return parse(HEADER, rows);
    }

    private static Map<Integer, List<ImportMessage>> errorsByLine(ImportPreview preview) {
        Map<Integer, List<ImportMessage>> errors = new java.util.HashMap<>();
        preview.rows().forEach(row -> errors.put(row.line(), row.errors()));
        return errors;
    }

    private List<String> importedEmails() {
        return jdbc.sql("SELECT email FROM employee WHERE email LIKE :domain ORDER BY email")
                .param("domain", "%@" + domain).query(String.class).list();
    }

    private int employeesOf(long board) {
        return jdbc.sql("SELECT COUNT(*) FROM employee WHERE board_id = :board").param("board", board)
                .query(Integer.class).single();
    }

    private long idOf(String email) {
        return jdbc.sql("SELECT id FROM employee WHERE email = :email").param("email", email).query(Long.class)
                .single();
    }

    private String email(long employee) {
        return jdbc.sql("SELECT email FROM employee WHERE id = :id").param("id", employee).query(String.class).single();
    }

    private String number(long employee) {
        return jdbc.sql("SELECT employee_number FROM employee WHERE id = :id").param("id", employee)
                .query(String.class).single();
    }

    private String numberOf(String email) {
        return jdbc.sql("SELECT employee_number FROM employee WHERE email = :email").param("email", email)
                .query(String.class).single();
    }

    private String brin(long school) {
        return jdbc.sql("SELECT brin FROM school WHERE id = :id").param("id", school).query(String.class).single();
    }
}
