package nl.onderwijsloket.portal.catalogue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.onderwijsloket.portal.KaribuTest;
import nl.onderwijsloket.portal.catalogue.CatalogueFixtures;
import nl.onderwijsloket.portal.catalogue.CourseFormat;
import nl.onderwijsloket.portal.catalogue.CourseLevel;
import nl.onderwijsloket.portal.catalogue.EditionStatus;
import nl.onderwijsloket.portal.catalogue.ProviderEditionRow;
import nl.onderwijsloket.portal.catalogue.Theme;
import nl.onderwijsloket.portal.catalogue.data.CourseReadSql;
import nl.onderwijsloket.portal.people.JobFunction;
import nl.onderwijsloket.portal.people.PeopleFixtures;
import nl.onderwijsloket.portal.people.Sector;
import nl.onderwijsloket.portal.security.Role;
import nl.onderwijsloket.portal.ui.Formats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A provider's course office opens "Mijn aanbod": their own courses with the editions that have not
 * ended, seats taken of capacity, deadline and status; nothing of another provider.
 */
class ProviderSeesOwnEditionsTest extends KaribuTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CourseReadSql readSql;
    @Autowired
    Clock clock;

    CatalogueFixtures catalogue;
    PeopleFixtures people;
    String office;
    long reading;
    long coaching;
    long draft;
    long readingSoon;
    long readingLater;
    long coachingOpen;

    @BeforeEach
    void createOffer() {
        catalogue = new CatalogueFixtures(jdbc, readSql, LocalDate.now(clock));
        people = new PeopleFixtures(jdbc);
        long own = catalogue.provider("Hogeschool Testland");
        long other = catalogue.provider("Academie Elders");
        reading = course(own, "Aanvankelijk lezen");
        coaching = course(own, "Beeldcoaching");
        draft = course(own, "Concept: rekenen in groep 8");
        jdbc.sql("UPDATE course SET published = FALSE WHERE id = :id").param("id", draft).update();
        long foreign = course(other, "Andermans cursus");

        readingLater = catalogue.edition(reading, 90, 20, 3, EditionStatus.PLANNED);
        readingSoon = catalogue.edition(reading, 20, 15, 12, EditionStatus.OPEN);
        catalogue.edition(reading, -60, 15, 15, EditionStatus.COMPLETED);   // ended: not shown
        coachingOpen = catalogue.edition(coaching, 40, 10, 10, EditionStatus.OPEN);
        catalogue.edition(foreign, 30, 10, 0, EditionStatus.OPEN);
        office = people.account("cursusbureau", Set.of(Role.PROVIDER), null, own);
    }

    private long course(long provider, String title) {
        return catalogue.course(provider, title, "Samenvatting van " + title + ".", CourseFormat.ON_SITE,
                CourseLevel.INTRODUCTORY, Set.of(JobFunction.LERAAR), Set.of(Sector.PO), Set.of(Theme.LEZEN));
    }

    @AfterEach
    void removeOffer() {
        people.removeAll();
        catalogue.removeAll();
    }

    @Test
    void theOfficeSeesItsOwnCoursesWithTheirCurrentAndUpcomingEditions() {
        signInAs(office);
        navigate("mijn-aanbod");

        assertThat(_get(H1.class, spec -> spec.withId("provider-courses-heading")).getText()).isEqualTo("Mijn aanbod");
        assertThat(_get(Paragraph.class, spec -> spec.withId("provider-courses-intro")).getText())
                .contains("Hogeschool Testland");
        List<ProviderEditionRow> rows = GridKt._fetch(grid(), 0, 100);
        // By course title, then start date; a course without editions still shows, once.
        assertThat(rows).extracting(ProviderEditionRow::courseId).containsExactly(reading, reading, coaching, draft);
        assertThat(rows).extracting(ProviderEditionRow::editionId)
                .containsExactly(readingSoon, readingLater, coachingOpen, null);
        assertThat(rows.getLast().published()).isFalse();
    }

    @Test
    void eachRowShowsSeatsTakenOfCapacityDeadlineAndStatus() {
        signInAs(office);
        navigate("mijn-aanbod");
        LocalDate start = LocalDate.now(clock).plusDays(20);

        List<String> soon = GridKt._getFormattedRow(grid(), 0);
        assertThat(soon).contains("12 van 15", "Open", "Testlocatie, Hengelo",
                Formats.shortDate(start.minusDays(7)));
        assertThat(GridKt._getFormattedRow(grid(), 2)).contains("10 van 10", "Open");
        assertThat(GridKt._getFormattedRow(grid(), 1)).contains("3 van 20", "Gepland");
        assertThat(GridKt._getFormattedRow(grid(), 3)).contains("Geen startmoment gepland");
    }

    @SuppressWarnings("unchecked")
    private static Grid<ProviderEditionRow> grid() {
        return _get(Grid.class, spec -> spec.withId("provider-editions"));
    }
}
