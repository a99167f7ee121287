package nl.onderwijsloket.portal.enrolment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Set;
import nl.onderwijsloket.portal.KaribuTest;
import nl.onderwijsloket.portal.catalogue.CatalogueFixtures;
import nl.onderwijsloket.portal.catalogue.CourseFormat;
import nl.onderwijsloket.portal.catalogue.CourseLevel;
import nl.onderwijsloket.portal.catalogue.EditionStatus;
import nl.onderwijsloket.portal.catalogue.Theme;
import nl.onderwijsloket.portal.catalogue.data.CourseReadSql;
import nl.onderwijsloket.portal.enrolment.EnrolmentService;
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
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A provider registers attendance and completion and the hours appear in My learning: the course office
 * opens the participant list of its started edition, ticks Anna present at the first meeting and marks
 * her course completed; Anna then finds the course with its hours in her professional-development record.
 */
class ProviderRegistersAttendanceAndCompletionTest extends KaribuTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CourseReadSql readSql;
    @Autowired
    EnrolmentService enrolments;
    @Autowired
    Clock clock;

    CatalogueFixtures catalogue;
    EnrolmentFixtures people;
    LocalDate today;
    long edition;
    long meeting;
    PortalUser office;
    PortalUser otherOffice;
    PortalUser anna;

    @BeforeEach
    void setUp() {
        today = LocalDate.now(clock);
        catalogue = new CatalogueFixtures(jdbc, readSql, today);
        people = new EnrolmentFixtures(jdbc);
        long provider = catalogue.provider("Academie Aanwezig");
        long course = catalogue.course(provider, "Coachend begeleiden in de klas", "Vier bijeenkomsten.",
                CourseFormat.ON_SITE, CourseLevel.ADVANCED, Set.of(JobFunction.LERAAR), Set.of(Sector.PO),
                Set.of(Theme.BEGELEIDING));
        edition = catalogue.edition(course, 30, 5, 0, EditionStatus.OPEN);
        meeting = jdbc.sql("SELECT id FROM meeting WHERE edition_id = :e").param("e", edition).query(Long.class).single();
        office = people.account("Cursusbureau Aanwezig", Set.of(Role.PROVIDER), null, null, provider);
        otherOffice = people.account("Cursusbureau Elders", Set.of(Role.PROVIDER), null, null,
                catalogue.provider("Academie Elders"));
        long board = people.board("Bestuur Aanwezig");
        anna = people.account("Anna Jansen", Set.of(Role.EMPLOYEE), people.employee(board, "Anna", "Jansen"), board, null);

        EnrolmentFixtures.signIn(anna);
        enrolments.enrolSelf(edition);
        SecurityContextHolder.clearContext();
        // The edition started yesterday, with its first meeting.
        LocalDate start = today.minusDays(1);
        jdbc.sql("UPDATE edition SET start_date = :s, end_date = :e, enrolment_deadline = :d WHERE id = :id")
                .param("s", Date.valueOf(start)).param("e", Date.valueOf(start.plusDays(21)))
                .param("d", Date.valueOf(start.minusDays(7))).param("id", edition).update();
        jdbc.sql("UPDATE meeting SET starts_at = :s, ends_at = :e WHERE id = :id")
                .param("s", Timestamp.valueOf(start.atTime(15, 30))).param("e", Timestamp.valueOf(start.atTime(17, 30)))
                .param("id", meeting).update();
    }

    @AfterEach
    void tearDown() {
        people.removeAll();
        catalogue.removeAll();
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private static String shortDate(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.of("nl")).format(date);
    }

    @Test
    void aProviderRegistersAttendanceAndCompletionAndTheHoursAppearInMyLearning() {
        signInAs(office.username());
        navigate("deelnemers?editie=" + edition);

        assertThat(_get(H1.class, spec -> spec.withId("participants-heading")).getText())
                .isEqualTo("Deelnemers en aanwezigheid");
        Grid<Object> participants = grid("participants-grid");
        assertThat(GridKt._size(participants)).isEqualTo(1);
        assertThat(GridKt._getFormatted(participants, 0, "name")).isEqualTo("Anna Jansen");
        assertThat(GridKt._getFormatted(participants, 0, "status")).isEqualTo("ingeschreven");

        var present = (Checkbox) GridKt._getCellComponent(participants, 0, "meeting-" + meeting);
        assertThat(present.getValue()).isFalse();
        _setValue(present, true);
        assertThat(jdbc.sql("SELECT present FROM attendance WHERE meeting_id = :m").param("m", meeting)
                .query(Boolean.class).single()).isTrue();

        var actions = (HorizontalLayout) GridKt._getCellComponent(participants, 0, "actions");
        var complete = (Button) actions.getChildren().filter(c -> c.hasClassName("complete-button")).findFirst()
                .orElseThrow();
        _click(complete);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        expectNotifications("Anna Jansen heeft de cursus afgerond.");

        participants = grid("participants-grid");
        assertThat(GridKt._getFormatted(participants, 0, "status")).isEqualTo("afgerond");
        assertThat(GridKt._getFormatted(participants, 0, "hours")).isEqualTo("12 uur op " + shortDate(today));
        assertThat(((Checkbox) GridKt._getCellComponent(participants, 0, "meeting-" + meeting)).getValue()).isTrue();

        signInAs(anna.username());
        navigate("mijn-leren");
        Grid<Object> record = grid("learning-record-grid");
        assertThat(GridKt._size(record)).isEqualTo(1);
        assertThat(((Anchor) GridKt._getCellComponent(record, 0, "course")).getText())
                .isEqualTo("Coachend begeleiden in de klas");
        assertThat(GridKt._getFormatted(record, 0, "hours")).isEqualTo("12 uur");
        assertThat(GridKt._getFormatted(record, 0, "completed")).isEqualTo(shortDate(today));
        assertThat(_get(UnorderedList.class, spec -> spec.withId("learning-year-totals")).getElement().getTextRecursively())
                .isEqualTo(today.getYear() + ": 12 uur (1 cursus)");
        assertThat(_get(Anchor.class, spec -> spec.withId("learning-export-csv")).getElement().getTextRecursively())
                .isEqualTo("Exporteer als CSV");
        Grid<Object> mine = grid("learning-enrolment-grid");
        assertThat(GridKt._getFormatted(mine, 0, "status")).isEqualTo("afgerond");
    }

    @Test
    void anotherProviderFindsNoParticipantListForTheEdition() {
        signInAs(otherOffice.username());
        navigate("deelnemers?editie=" + edition);
        assertThat(_get(H1.class, spec -> spec.withId("not-found")).getText()).isNotBlank();
    }
}
