package nl.onderwijsloket.portal.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.AnchorsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import nl.onderwijsloket.portal.people.BoardOverview;
import org.junit.jupiter.api.Test;

/**
 * The desk's coordinator looks at the region: every board with its schools (per sector) and employees,
 * then follows a board to its employees and switches to another board, the URL following.
 */
class CoordinatorSeesRegionOverviewTest extends PeopleJourneyTest {

    @Test
    void theRegionShowsEveryBoardWithItsCounts() {
        signInAs(region.coordinator);
        navigate("regio");

        assertThat(_get(H1.class, spec -> spec.withId("region-heading")).getText()).isEqualTo("De regio in cijfers");
        assertThat(_get(Paragraph.class, spec -> spec.withId("region-totals")).getText()).endsWith("in de regio.");
        Grid<BoardOverview> grid = regionGrid();
        List<BoardOverview> boards = GridKt._findAll(grid);
        BoardOverview north = boards.stream().filter(b -> b.id() == region.boardA).findFirst().orElseThrow();
        BoardOverview south = boards.stream().filter(b -> b.id() == region.boardB).findFirst().orElseThrow();
        // Columns: board, schools, employees, then schools in PO, SO, VO and MBO.
        assertThat(GridKt._getFormattedRow(grid, north).subList(1, 7)).containsExactly("2", "4", "1", "0", "1", "0");
        assertThat(GridKt._getFormattedRow(grid, south).subList(1, 7)).containsExactly("1", "2", "1", "0", "0", "0");
        Anchor link = (Anchor) GridKt._getCellComponent(grid, boards.indexOf(north), "board");
        assertThat(link.getText()).isEqualTo("Stichting Testbestuur Noord");
        assertThat(link.getHref()).isEqualTo("medewerkers?bestuur=" + region.boardA);
        int totalEmployees = boards.stream().mapToInt(BoardOverview::employees).sum();
        assertThat(grid.getColumnByKey("employees").getFooterText()).isEqualTo(String.valueOf(totalEmployees));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBoardLeadsToItsEmployeesAndTheBoardFilterFollowsTheUrl() {
        signInAs(region.coordinator);
        navigate("regio");
        Grid<BoardOverview> grid = regionGrid();
        int row = GridKt._findAll(grid).stream().map(BoardOverview::id).toList().indexOf(region.boardA);
        AnchorsKt._click((Anchor) GridKt._getCellComponent(grid, row, "board"));

        assertLocation("medewerkers?bestuur=" + region.boardA);
        assertThat(employeeIds()).containsExactlyElementsOf(region.boardAInNameOrder());
        Select<BoardOverview> board = _get(Select.class, spec -> spec.withId("filter-board"));
        assertThat(board.getValue().id()).isEqualTo(region.boardA);
        Grid<?> employees = _get(Grid.class, spec -> spec.withId("employee-grid"));
        assertThat(employees.getColumnByKey("board")).isNotNull();

        BoardOverview south = board.getListDataView().getItems()
                .filter(b -> b.id() == region.boardB).findFirst().orElseThrow();
        _setValue(board, south);
        assertLocation("medewerkers?bestuur=" + region.boardB);
        assertThat(employeeIds()).containsExactlyElementsOf(region.boardBInNameOrder());

        _setValue(board, null);
        assertLocation("medewerkers");
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("employee-grid"))))
                .isGreaterThanOrEqualTo(region.boardAInNameOrder().size() + region.boardBInNameOrder().size());
    }

    @SuppressWarnings("unchecked")
    private static Grid<BoardOverview> regionGrid() {
        return _get(Grid.class, spec -> spec.withId("region-grid"));
    }
}
