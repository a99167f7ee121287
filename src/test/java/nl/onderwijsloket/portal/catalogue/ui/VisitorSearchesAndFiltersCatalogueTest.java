package nl.onderwijsloket.portal.catalogue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import nl.onderwijsloket.portal.catalogue.CatalogueSort;
import nl.onderwijsloket.portal.catalogue.CourseCard;
import nl.onderwijsloket.portal.catalogue.Theme;
import org.junit.jupiter.api.Test;

/** An anonymous visitor searches, filters and sorts the catalogue; the URL follows every step. */
class VisitorSearchesAndFiltersCatalogueTest extends CatalogueJourneyTest {

    @Test
    void searchNarrowsTheListCountsTheResultsAndLandsInTheUrl() {
        navigate("");
        String unfiltered = _get(Span.class, spec -> spec.withId("result-count")).getText();

        _setValue(_get(TextField.class, spec -> spec.withId("catalogue-search")), WORD);

        assertThat(currentLocation()).isEqualTo("?q=" + WORD);
        assertThat(_get(Span.class, spec -> spec.withId("result-count")).getText())
                .isEqualTo("2 cursussen gevonden")
                .isNotEqualTo(unfiltered);
        assertThat(results()).extracting(CourseCard::id).containsExactlyInAnyOrder(reading, behaviour);
    }

    @Test
    @SuppressWarnings("unchecked")
    void filtersCombineAndAreMirroredInTheUrl() {
        navigate("?q=" + WORD);

        MultiSelectComboBox<Theme> themes = _get(MultiSelectComboBox.class, spec -> spec.withId("filter-theme"));
        _setValue(themes, Set.of(Theme.GEDRAG));
        assertThat(currentLocation()).isEqualTo("?q=" + WORD + "&thema=gedrag");
        assertThat(results()).extracting(CourseCard::id).containsExactly(behaviour);

        _setValue(_get(Checkbox.class, spec -> spec.withId("filter-free-seats")), true);
        assertThat(currentLocation()).contains("thema=gedrag").contains("vrij=ja");
        assertThat(results()).isEmpty();
        assertThat(_get(Span.class, spec -> spec.withId("result-count")).getText()).isEqualTo("0 cursussen gevonden");

        _setValue(themes, Set.of());
        assertThat(results()).extracting(CourseCard::id).containsExactly(reading);
    }

    @Test
    @SuppressWarnings("unchecked")
    void sortingByStartDateIsKeptInTheUrl() {
        navigate("?q=" + WORD);
        Select<CatalogueSort> sort = _get(Select.class, spec -> spec.withId("catalogue-sort"));
        _setValue(sort, CatalogueSort.START_DATE);

        assertThat(currentLocation()).isEqualTo("?q=" + WORD + "&sorteer=start");
        assertThat(results()).extracting(CourseCard::id).containsExactly(reading, behaviour);
    }

    @Test
    void longResultListsLoadMorePagesOnRequest() {
        navigate("");
        int total = Integer.parseInt(_get(Span.class, spec -> spec.withId("result-count")).getText().split(" ")[0]);
        assertThat(total).isGreaterThan(ResultList.PAGE_SIZE);
        assertThat(results()).hasSize(ResultList.PAGE_SIZE);

        _click(_get(Button.class, spec -> spec.withId("catalogue-more")));

        assertThat(results()).hasSize(Math.min(total, 2 * ResultList.PAGE_SIZE)).doesNotHaveDuplicates();
    }
}
