package nl.onderwijsloket.portal.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouterLink;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import nl.onderwijsloket.portal.people.importing.ImportAction;
import nl.onderwijsloket.portal.people.importing.ImportRow;
import nl.onderwijsloket.portal.ui.BackgroundJob;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An HR officer uploads a CSV export of their board's staff: the preview shows what happens to every row
 * and why the bad ones cannot be imported; importing saves the good rows and none of the bad ones.
 */
class HrImportsEmployeesFromCsvTest extends PeopleJourneyTest {

    String domain;
    String brinA1;

    @BeforeEach
    void names() {
        domain = "kar-" + region.fixtures.tag().toLowerCase(Locale.ROOT) + ".test";
        brinA1 = jdbc.sql("SELECT brin FROM school WHERE id = :id").param("id", region.schoolA1)
                .query(String.class).single();
    }

    @AfterEach
    void removeImported() {
        jdbc.sql("DELETE FROM employee WHERE email LIKE :domain").param("domain", "%@" + domain).update();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCsvWithBadRowsShowsTheErrorsAndSavesNoneOfThem() {
        signInAs(region.hrA);
        navigate("medewerkers");
        RouterLinkKt._click(_get(RouterLink.class, spec -> spec.withId("employees-import")));
        assertThat(_get(H1.class, spec -> spec.withId("import-heading")).getText()).isEqualTo("Medewerkers importeren");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Medewerkers importeren – Onderwijsloket Oost");

        String anna = email(region.anna);
        String eva = email(region.eva);
        String file = "\uFEFFPersoneelsnummer;Voornaam;Tussenvoegsel;Achternaam;E-mailadres;School;Functie\r\n"
                + "N1;Lotte;van der;Meer;lotte@" + domain + ";" + brinA1 + ";Leraar\r\n"
                + "N2;Sem;;Jansen;sem@" + domain + ";Testcollege Het Noorden;Onderwijsassistent\r\n"
                + number(region.anna) + ";Anna;de;Boer;" + anna + ";" + brinA1 + ";Intern begeleider\r\n"
                + "N3;Noor;;Amrani;;" + brinA1 + ";Leraar\r\n"
                + "N4;Daan;;Wit;daan@" + domain + ";XX99;Leraar\r\n"
                + "N5;Eva;de;Boer;" + eva + ";" + brinA1 + ";Leraar\r\n";
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("import-upload")), "medewerkers.csv",
                file.getBytes(StandardCharsets.UTF_8));

        assertThat(_get(Span.class, spec -> spec.withId("import-file-name")).getText())
                .isEqualTo("Bestand: medewerkers.csv");
        assertThat(_get(Span.class, spec -> spec.withId("import-summary")).getText())
                .isEqualTo("2 nieuw, 1 bijgewerkt, 0 ongewijzigd, 3 met fouten");
        Grid<ImportRow> grid = _get(Grid.class, spec -> spec.withId("import-grid"));
        assertThat(rows(grid)).extracting(ImportRow::line, ImportRow::action).containsExactly(
                tuple(2, ImportAction.NEW),
                tuple(3, ImportAction.NEW),
                tuple(4, ImportAction.UPDATE),
                tuple(5, ImportAction.ERROR),
                tuple(6, ImportAction.ERROR),
                tuple(7, ImportAction.ERROR));
        var view = _get(EmployeeImportView.class);
        assertThat(GridKt._getFormattedRow(grid, 1)).contains("3", "Sem Jansen", "Testcollege Het Noorden",
                "Onderwijsassistent");
        assertThat(ImportTexts.details(view, rows(grid).get(2)))
                .containsExactly("Functie: Leraar → Intern begeleider");

        // Only the rows with errors, each saying what is wrong in Dutch.
        _setValue(_get(Checkbox.class, spec -> spec.withId("import-only-errors")), true);
        List<ImportRow> errors = rows(grid);
        assertThat(errors).extracting(ImportRow::line).containsExactly(5, 6, 7);
        assertThat(errors).map(row -> ImportTexts.details(view, row)).containsExactly(
                List.of("E-mail ontbreekt."),
                List.of("School „XX99” is onbekend."),
                List.of("E-mailadres " + eva + " is al in gebruik bij een ander bestuur."));
        assertThat(GridKt._getFormattedRow(grid, 1)).contains("Daan Wit", "XX99");
        assertThat(employeeCount()).as("the preview saves nothing").isEqualTo(4);

        Button commit = _get(Button.class, spec -> spec.withId("import-commit"));
        assertThat(commit.isEnabled()).isTrue();
        _click(commit);
        assertThat(UI.getCurrent().getPollInterval()).as("polls while saving").isEqualTo(BackgroundJob.POLL_MILLIS);
        BackgroundJob<?> saving = view.runningImport();
        assertThat(saving).isNotNull();
        saving.completion().join();
        MockVaadin.clientRoundtrip(false);

        String done = "Import voltooid: 2 nieuw, 1 bijgewerkt, 0 ongewijzigd, 3 regels met fouten overgeslagen.";
        NotificationsKt.expectNotifications(done);
        assertThat(_get(Div.class, spec -> spec.withId("import-result")).getElement().getTextRecursively())
                .contains(done, "Terug naar de medewerkers");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);

        // The valid rows are saved, the bad ones are not; Eva stays at her own board.
        assertThat(jdbc.sql("SELECT email FROM employee WHERE email LIKE :domain ORDER BY email")
                .param("domain", "%@" + domain).query(String.class).list())
                .containsExactly("lotte@" + domain, "sem@" + domain);
        assertThat(jdbc.sql("SELECT job_function FROM employee WHERE id = :id").param("id", region.anna)
                .query(String.class).single()).isEqualTo("INTERN_BEGELEIDER");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM employee WHERE email = :email").param("email", eva)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(employeeCount()).isEqualTo(6);

        RouterLinkKt._click(_get(Div.class, spec -> spec.withId("import-result")).getChildren()
                .filter(RouterLink.class::isInstance).map(RouterLink.class::cast).findFirst().orElseThrow());
        assertLocation("medewerkers");
        assertThat(employeeIds()).hasSize(6);
    }

    @Test
    void aFileWithoutTheRequiredColumnsCannotBeImported() {
        signInAs(region.hrA);
        navigate("medewerkers/import");
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("import-upload")), "export.csv",
                "Naam,Mail\nAnna de Boer,anna@example.nl\n".getBytes(StandardCharsets.UTF_8));

        assertThat(_get(Div.class, spec -> spec.withId("import-file-errors")).getElement().getTextRecursively())
                .contains("De verplichte kolom Personeelsnummer ontbreekt in de kopregel.",
                        "De verplichte kolom Functie ontbreekt in de kopregel.");
        _assertNone(Button.class, spec -> spec.withId("import-commit"));
        _assertNone(Grid.class, spec -> spec.withId("import-grid"));

        _click(_get(Button.class, spec -> spec.withId("import-other-file")));
        _assertOne(Upload.class, spec -> spec.withId("import-upload"));
        _assertNone(Div.class, spec -> spec.withId("import-file-errors"));
    }

    @Test
    void theImportIsForHrOnly() {
        signInAs(region.coordinator);
        navigate("medewerkers");
        _assertNone(RouterLink.class, spec -> spec.withId("employees-import"));
        assertThatThrownBy(() -> navigate("medewerkers/import")).isInstanceOf(MockAccessDeniedException.class);

        signInAs(region.teacher);
        assertThatThrownBy(() -> navigate("medewerkers/import")).isInstanceOf(MockAccessDeniedException.class);
    }

    @SuppressWarnings("unchecked")
    private static List<ImportRow> rows(Grid<ImportRow> grid) {
        return GridKt._fetch(grid, 0, 100);
    }

    private int employeeCount() {
        return jdbc.sql("SELECT COUNT(*) FROM employee WHERE board_id = :board").param("board", region.boardA)
                .query(Integer.class).single();
    }

    private String email(long employee) {
        return jdbc.sql("SELECT email FROM employee WHERE id = :id").param("id", employee).query(String.class).single();
    }

    private String number(long employee) {
        return jdbc.sql("SELECT employee_number FROM employee WHERE id = :id").param("id", employee)
                .query(String.class).single();
    }
}
