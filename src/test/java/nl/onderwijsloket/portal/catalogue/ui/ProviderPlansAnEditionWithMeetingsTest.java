package nl.onderwijsloket.portal.catalogue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import nl.onderwijsloket.portal.KaribuTest;
import nl.onderwijsloket.portal.catalogue.CatalogueFixtures;
import nl.onderwijsloket.portal.catalogue.CourseFormat;
import nl.onderwijsloket.portal.catalogue.CourseLevel;
import nl.onderwijsloket.portal.catalogue.EditionPlan;
import nl.onderwijsloket.portal.catalogue.EditionPlanningService;
import nl.onderwijsloket.portal.catalogue.EditionStatus;
import nl.onderwijsloket.portal.catalogue.Theme;
import nl.onderwijsloket.portal.catalogue.data.CourseReadSql;
import nl.onderwijsloket.portal.enrolment.EnrolmentFixtures;
import nl.onderwijsloket.portal.people.JobFunction;
import nl.onderwijsloket.portal.people.Sector;
import nl.onderwijsloket.portal.security.PortalUser;
import nl.onderwijsloket.portal.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A provider plans a new start date of its own course: the form says at the field what is wrong (a
 * deadline after the start, no venue), the new edition opens for editing, a meeting is added; a change
 * somebody else saved meanwhile is not overwritten; another provider does not find the edition.
 */
class ProviderPlansAnEditionWithMeetingsTest extends KaribuTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CourseReadSql readSql;
    @Autowired
    EditionPlanningService planning;
    @Autowired
    Clock clock;

    CatalogueFixtures catalogue;
    EnrolmentFixtures people;
    LocalDate today;
    long course;
    PortalUser office;
    PortalUser otherOffice;

    @BeforeEach
    void setUp() {
        today = LocalDate.now(clock);
        catalogue = new CatalogueFixtures(jdbc, readSql, today);
        people = new EnrolmentFixtures(jdbc);
        long provider = catalogue.provider("Academie Planning");
        course = catalogue.course(provider, "Didactisch coachen", "Voor ervaren leraren.", CourseFormat.ON_SITE,
                CourseLevel.ADVANCED, Set.of(JobFunction.LERAAR), Set.of(Sector.VO), Set.of(Theme.DIDACTIEK));
        office = people.account("Cursusbureau Planning", Set.of(Role.PROVIDER), null, null, provider);
        otherOffice = people.account("Cursusbureau Elders", Set.of(Role.PROVIDER), null, null,
                catalogue.provider("Academie Elders"));
    }

    @AfterEach
    void tearDown() {
        people.removeAll();
        catalogue.removeAll();
    }

    private static <T extends com.vaadin.flow.component.Component> T field(Class<T> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }

    private long editionId() {
        return Long.parseLong(currentLocation().substring("mijn-aanbod/editie/".length()));
    }

    @Test
    void aNewStartDateIsPlannedCheckedAtTheFieldsAndGetsAMeeting() {
        signInAs(office.username());
        navigate("mijn-aanbod/cursus/" + course + "/nieuwe-editie");
        assertThat(field(H1.class, "edition-editor-heading").getText()).isEqualTo("Nieuw startmoment");

        LocalDate start = today.plusDays(40);
        _setValue(field(DatePicker.class, "edition-form-start"), start);
        _setValue(field(DatePicker.class, "edition-form-end"), start.plusDays(21));
        _setValue(field(DatePicker.class, "edition-form-enrolment-deadline"), start.plusDays(1));
        _setValue(field(IntegerField.class, "edition-capacity"), 8);
        _setValue(field(Select.class, "edition-status"), EditionStatus.OPEN);
        _click(field(Button.class, "edition-save"));

        var deadline = field(DatePicker.class, "edition-form-enrolment-deadline");
        assertThat(deadline.isInvalid()).isTrue();
        assertThat(deadline.getErrorMessage()).isEqualTo("De inschrijftermijn moet uiterlijk op de startdatum eindigen.");
        var venue = field(TextField.class, "edition-location-name");
        assertThat(venue.isInvalid()).isTrue();
        assertThat(venue.getErrorMessage()).isEqualTo("Vul een locatie in, of kies online.");
        assertThat(currentLocation()).endsWith("/nieuwe-editie");

        _setValue(deadline, start.minusDays(10));
        _setValue(field(Checkbox.class, "edition-online"), true);
        _click(field(Button.class, "edition-save"));
        expectNotifications("Het startmoment is aangemaakt. Voeg nu de bijeenkomsten toe.");
        assertThat(currentLocation()).startsWith("mijn-aanbod/editie/");
        long edition = editionId();
        assertThat(jdbc.sql("SELECT CONCAT(status, ' ', capacity, ' ', online, ' ', enrolment_deadline) FROM edition"
                        + " WHERE id = :id AND course_id = :c")
                .param("id", edition).param("c", course).query(String.class).single())
                .isEqualTo("OPEN 8 1 " + start.minusDays(10));

        _click(field(Button.class, "meeting-add"));
        _setValue(field(DatePicker.class, "meeting-date"), start.plusDays(7));
        _setValue(field(TimePicker.class, "meeting-start"), LocalTime.of(13, 0));
        _setValue(field(TimePicker.class, "meeting-end"), LocalTime.of(12, 0));
        _click(field(Button.class, "meeting-save"));
        assertThat(field(TimePicker.class, "meeting-end").getErrorMessage())
                .isEqualTo("De eindtijd moet na de begintijd liggen.");
        _setValue(field(TimePicker.class, "meeting-end"), LocalTime.of(16, 30));
        _setValue(field(TextField.class, "meeting-topic"), "Lesbezoek nabespreken");
        _click(field(Button.class, "meeting-save"));

        Grid<?> meetings = field(Grid.class, "meeting-grid");
        assertThat(GridKt._size(meetings)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(meetings, 0)).contains("1", "13:00–16:30", "Lesbezoek nabespreken");
    }

    @Test
    void aChangeSavedMeanwhileBySomebodyElseIsNotOverwritten() {
        long edition = catalogue.edition(course, 30, 10, 4, EditionStatus.OPEN);
        signInAs(office.username());
        navigate("mijn-aanbod/editie/" + edition);
        _setValue(field(IntegerField.class, "edition-capacity"), 3);
        _click(field(Button.class, "edition-save"));
        assertThat(field(IntegerField.class, "edition-capacity").getErrorMessage())
                .isEqualTo("Er zijn al 4 plaatsen bezet; minder plaatsen kan niet. Annuleer eerst inschrijvingen.");

        // A colleague raises the capacity to 12 while this form is open.
        var seen = planning.edition(edition).orElseThrow();
        EditionPlan plan = seen.plan();
        planning.update(edition, seen.version(), new EditionPlan(plan.startDate(), plan.endDate(),
                plan.enrolmentDeadline(), plan.cancellationDeadline(), plan.online(), plan.locationName(),
                plan.locationTown(), 12, plan.status()), null);

        _setValue(field(IntegerField.class, "edition-capacity"), 15);
        _click(field(Button.class, "edition-save"));
        assertThat(field(Span.class, "service-feedback-conflict").getText()).startsWith("Iemand anders heeft dit startmoment");
        assertThat(jdbc.sql("SELECT capacity FROM edition WHERE id = :id").param("id", edition)
                .query(Integer.class).single()).isEqualTo(12);
    }

    @Test
    void anotherProviderDoesNotFindTheEdition() {
        long edition = catalogue.edition(course, 30, 10, 0, EditionStatus.OPEN);
        signInAs(otherOffice.username());
        navigate("mijn-aanbod/editie/" + edition);
        assertThat(field(H1.class, "not-found").getText()).isNotBlank();
        navigate("mijn-aanbod/cursus/" + course + "/nieuwe-editie");
        assertThat(field(H1.class, "not-found").getText()).isNotBlank();
    }
}
