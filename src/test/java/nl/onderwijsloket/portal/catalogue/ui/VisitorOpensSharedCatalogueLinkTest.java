package nl.onderwijsloket.portal.catalogue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import nl.onderwijsloket.portal.catalogue.CatalogueSort;
import nl.onderwijsloket.portal.catalogue.CourseCard;
import nl.onderwijsloket.portal.catalogue.Theme;
import nl.onderwijsloket.portal.people.JobFunction;
import org.junit.jupiter.api.Test;

/** A link or bookmark with search and filters opens the catalogue exactly as it was shared. */
class VisitorOpensSharedCatalogueLinkTest extends CatalogueJourneyTest {

    @Test
    @SuppressWarnings("unchecked")
    void aLinkRestoresEveryFieldAndTheResults() {
        navigate("?q=" + WORD + "&thema=lezen&thema=gedrag&doelgroep=leraar&vrij=ja&sorteer=start");

        assertThat(_get(TextField.class, spec -> spec.withId("catalogue-search")).getValue()).isEqualTo(WORD);
        assertThat(((MultiSelectComboBox<Theme>) _get(MultiSelectComboBox.class, spec -> spec.withId("filter-theme")))
                .getValue()).containsExactlyInAnyOrder(Theme.LEZEN, Theme.GEDRAG);
        assertThat(((MultiSelectComboBox<JobFunction>) _get(MultiSelectComboBox.class,
                spec -> spec.withId("filter-audience"))).getValue()).containsExactly(JobFunction.LERAAR);
        assertThat(_get(Checkbox.class, spec -> spec.withId("filter-free-seats")).getValue()).isTrue();
        assertThat(((Select<CatalogueSort>) _get(Select.class, spec -> spec.withId("catalogue-sort"))).getValue())
                .isEqualTo(CatalogueSort.START_DATE);
        assertThat(_get(Details.class).getSummaryText()).isEqualTo("Filters (3 actief)");
        assertThat(results()).extracting(CourseCard::id).containsExactly(reading);
    }

    @Test
    void reenteringAnEarlierUrlRestoresThatSearch() {
        navigate("?q=" + WORD + "&thema=gedrag");
        navigate("?q=" + WORD);
        assertThat(results()).hasSize(2);

        // What the back button does in the browser (the end-to-end test covers the real one).
        navigate("?q=" + WORD + "&thema=gedrag");
        assertThat(results()).extracting(CourseCard::id).containsExactly(behaviour);
        assertThat(_get(TextField.class, spec -> spec.withId("catalogue-search")).getValue()).isEqualTo(WORD);
    }

    @Test
    void malformedParametersAreIgnoredInsteadOfBreakingThePage() {
        navigate("?q=" + WORD + "&thema=bestaat-niet&vanaf=gisteren&aanbieder=abc");
        assertThat(results()).hasSize(2);
    }
}
