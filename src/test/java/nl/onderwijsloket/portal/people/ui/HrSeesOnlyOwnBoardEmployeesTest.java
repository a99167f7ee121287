package nl.onderwijsloket.portal.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import nl.onderwijsloket.portal.people.EmployeeRow;
import nl.onderwijsloket.portal.people.JobFunction;
import nl.onderwijsloket.portal.people.SchoolOption;
import org.junit.jupiter.api.Test;

/**
 * An HR officer opens the employees of their board: only their own board's people, filters by school and
 * function with the URL following, and no link or crafted URL shows another board.
 */
class HrSeesOnlyOwnBoardEmployeesTest extends PeopleJourneyTest {

    @Test
    void theListHoldsExactlyTheOwnBoardsEmployeesInNameOrder() {
        signInAs(region.hrA);
        navigate("medewerkers");

        assertThat(_get(H1.class, spec -> spec.withId("employees-heading")).getText()).isEqualTo("Medewerkers");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Medewerkers – Onderwijsloket Oost");
        assertThat(employeeIds()).containsExactlyElementsOf(region.boardAInNameOrder());
        assertThat(_get(Span.class, spec -> spec.withId("employee-count")).getText()).isEqualTo("4 medewerkers");
        // HR works for one board: no board filter, no board column.
        _assertNone(Select.class, spec -> spec.withId("filter-board"));
        assertThat(grid().getColumnByKey("board")).isNull();
        assertThat(GridKt._getFormattedRow(grid(), 1)).contains("Leraar", "Testschool De Linde");
        assertThat(GridKt._getFormattedRow(grid(), 2)).contains("Staf en ondersteuning", "Bestuursbureau");
    }

    @Test
    @SuppressWarnings("unchecked")
    void filteringBySchoolAndFunctionNarrowsTheListAndLandsInTheUrl() {
        signInAs(region.hrA);
        navigate("medewerkers");
        MultiSelectComboBox<SchoolOption> schools = _get(MultiSelectComboBox.class,
                spec -> spec.withId("filter-school"));
        assertThat(schools.getListDataView().getItems().map(SchoolOption::id))
                .containsExactlyInAnyOrder(region.schoolA1, region.schoolA2);

        SchoolOption linde = schools.getListDataView().getItems()
                .filter(school -> school.id() == region.schoolA1).findFirst().orElseThrow();
        _setValue(schools, Set.of(linde));
        assertLocation("medewerkers?school=" + region.schoolA1);
        assertThat(employeeIds()).containsExactly(region.bram, region.anna);

        MultiSelectComboBox<JobFunction> functions = _get(MultiSelectComboBox.class,
                spec -> spec.withId("filter-function"));
        _setValue(functions, Set.of(JobFunction.LERAAR));
        assertLocation("medewerkers?school=" + region.schoolA1 + "&functie=leraar");
        assertThat(employeeIds()).containsExactly(region.anna);
        assertThat(_get(Span.class, spec -> spec.withId("employee-count")).getText()).isEqualTo("1 medewerker");
        assertThat(_get(Details.class, spec -> spec.withId("employee-filter-panel")).getSummaryText())
                .isEqualTo("Filters (2 actief)");

        // Each filter change navigated, and the same view (not a new one, nor a proxy) followed the URL.
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst().getClass())
                .isEqualTo(EmployeesView.class);
        _setValue(schools, Set.of());
        assertLocation("medewerkers?functie=leraar");
        assertThat(employeeIds()).containsExactly(region.anna, region.carla);
    }

    @Test
    void searchingANameSharedWithAnotherBoardFindsOnlyTheOwnEmployee() {
        signInAs(region.hrA);
        navigate("medewerkers");
        _setValue(_get(TextField.class, spec -> spec.withId("employee-search")), "boer");

        assertLocation("medewerkers?q=boer");
        assertThat(employeeIds()).containsExactly(region.anna);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLinkNamingAnotherBoardOrItsSchoolShowsNothingOfThatBoard() {
        signInAs(region.hrA);
        navigate("medewerkers?bestuur=" + region.boardB);
        assertThat(employeeIds()).containsExactlyElementsOf(region.boardAInNameOrder());

        navigate("medewerkers?school=" + region.schoolB1 + "&functie=leraar");
        assertThat(employeeIds()).isEmpty();
        MultiSelectComboBox<SchoolOption> schools = _get(MultiSelectComboBox.class,
                spec -> spec.withId("filter-school"));
        assertThat(schools.getValue()).isEmpty();
        assertThat(_get(Span.class, spec -> spec.withId("employee-count")).getText()).isEqualTo("0 medewerkers");
    }

    @Test
    void theOtherBoardsHrSeesTheirOwnPeopleOnly() {
        signInAs(region.hrB);
        navigate("medewerkers?q=boer");
        assertThat(employeeIds()).containsExactly(region.eva);
    }

    @SuppressWarnings("unchecked")
    private static Grid<EmployeeRow> grid() {
        return _get(Grid.class, spec -> spec.withId("employee-grid"));
    }
}
