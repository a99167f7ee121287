package nl.onderwijsloket.portal.people.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import nl.onderwijsloket.portal.KaribuTest;
import nl.onderwijsloket.portal.people.EmployeeDirectory;
import nl.onderwijsloket.portal.people.EmployeeRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * HR opens "Medewerkers" and sees the people of their own board only, searchable by name; the other
 * board's HR sees theirs; a teacher cannot open the list.
 */
class HrSeesTheEmployeesOfTheirOwnBoardTest extends KaribuTest {

    @Autowired
    EmployeeDirectory directory;

    @SuppressWarnings("unchecked")
    private static Grid<EmployeeRow> grid() {
        return _get(Grid.class, spec -> spec.withId("employees"));
    }

    private static List<String> names(Grid<EmployeeRow> grid) {
        List<String> names = new ArrayList<>();
        for (int row = 0; row < _size(grid); row++) {
            names.add(_getFormattedRow(grid, row).getFirst());
        }
        return names;
    }

    @Test
    void hrSeesTheirBoardsPeopleAndSearchesThem() {
        signInAs("hr");
        navigate("");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Medewerkers");

        navigate("medewerkers");
        assertThat(_get(H1.class).getText()).isEqualTo("Medewerkers van Stichting Eskerkring Primair Onderwijs");
        List<String> everybody = names(grid());
        assertThat(everybody).contains("Sanne de Vries", "Daan Nijhuis", "Ingrid Wolters")
                .doesNotContain("Erik Brinkhuis");
        assertThat(_get(Paragraph.class, spec -> spec.withId("employees-count")).getText())
                .isEqualTo(everybody.size() + " medewerkers");

        _get(TextField.class, spec -> spec.withId("employees-search")).setValue("de Vries");
        assertThat(currentLocation()).isEqualTo("medewerkers?q=de%20Vries");
        assertThat(names(grid())).contains("Sanne de Vries").allMatch(name -> name.contains("de Vries"));
    }

    @Test
    void theOtherBoardsHrSeesTheirOwnPeople() {
        signInAs("hr2");
        navigate("medewerkers?q=Brinkhuis");
        assertThat(_get(TextField.class, spec -> spec.withId("employees-search")).getValue()).isEqualTo("Brinkhuis");
        assertThat(names(grid())).contains("Erik Brinkhuis");
        navigate("medewerkers?q=Sanne%20de%20Vries");
        assertThat(names(grid())).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("employees-count")).getText())
                .isEqualTo("Geen medewerkers gevonden");
    }

    @Test
    void aTeacherCannotOpenTheList() {
        signInAs("leraar");
        navigate("");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).doesNotContain("Medewerkers");
        assertThatThrownBy(() -> navigate("medewerkers")).isInstanceOf(MockAccessDeniedException.class);
        assertThatThrownBy(() -> directory.employeesOfMyBoard("", 0, 10)).isInstanceOf(AccessDeniedException.class);
    }
}
