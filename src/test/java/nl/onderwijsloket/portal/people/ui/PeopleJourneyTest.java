package nl.onderwijsloket.portal.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import nl.onderwijsloket.portal.KaribuTest;
import nl.onderwijsloket.portal.people.EmployeeRow;
import nl.onderwijsloket.portal.people.TwoBoards;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Shared set-up of the people journeys: a test region of two boards next to the demo data. */
abstract class PeopleJourneyTest extends KaribuTest {

    @Autowired
    JdbcClient jdbc;

    TwoBoards region;

    @BeforeEach
    void createRegion() {
        region = TwoBoards.create(jdbc);
    }

    @AfterEach
    void removeRegion() {
        region.remove();
    }

    /** The employees the grid shows now, fetched as the browser would. */
    @SuppressWarnings("unchecked")
    static List<Long> employeeIds() {
        Grid<EmployeeRow> grid = _get(Grid.class, spec -> spec.withId("employee-grid"));
        return GridKt._fetch(grid, 0, 500).stream().map(EmployeeRow::id).toList();
    }

    /** The address bar shows this path and these query parameters (in whatever order Vaadin writes them). */
    static void assertLocation(String expected) {
        String actual = currentLocation();
        assertThat(path(actual)).as(actual).isEqualTo(path(expected));
        assertThat(query(actual)).as(actual).isEqualTo(query(expected));
    }

    private static String path(String location) {
        int query = location.indexOf('?');
        return query < 0 ? location : location.substring(0, query);
    }

    private static Map<String, List<String>> query(String location) {
        int query = location.indexOf('?');
        return query < 0 ? Map.of() : QueryParameters.fromString(location.substring(query + 1)).getParameters();
    }
}
