package nl.onderwijsloket.portal.induction.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import nl.onderwijsloket.portal.KaribuTest;
import nl.onderwijsloket.portal.catalogue.CatalogueFixtures;
import nl.onderwijsloket.portal.catalogue.CourseFormat;
import nl.onderwijsloket.portal.catalogue.CourseLevel;
import nl.onderwijsloket.portal.catalogue.EditionStatus;
import nl.onderwijsloket.portal.catalogue.Theme;
import nl.onderwijsloket.portal.catalogue.data.CourseReadSql;
import nl.onderwijsloket.portal.enrolment.EnrolmentFixtures;
import nl.onderwijsloket.portal.induction.GuidanceService;
import nl.onderwijsloket.portal.induction.InductionFixtures;
import nl.onderwijsloket.portal.induction.MilestoneKind;
import nl.onderwijsloket.portal.induction.MilestoneProgress;
import nl.onderwijsloket.portal.induction.PairingService;
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
 * Plans change between lessons: the mentor moves the next meeting and the starter cancels it, and each time both
 * get a calendar message for the same entry (a REQUEST with a higher SEQUENCE, then a CANCEL), so their calendars
 * follow. Both tick off milestones in the progress list, and a catalogue course the starter completed counts by
 * itself.
 */
class MentorAndStarterMoveCancelAndTickOffTest extends KaribuTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CourseReadSql readSql;
    @Autowired
    PairingService pairings;
    @Autowired
    GuidanceService guidance;

    InductionFixtures fixtures;
    CatalogueFixtures catalogue;
    PortalUser mentorUser;
    PortalUser starterUser;
    long starter;
    long mentor;
    long meeting;
    LocalDate today;

    @BeforeEach
    void setUp() {
        today = LocalDate.now();
        fixtures = new InductionFixtures(jdbc);
        catalogue = new CatalogueFixtures(jdbc, readSql, today);
        var board = fixtures.board("Bestuur Agenda", Sector.PO, "Almelo");
        mentor = fixtures.mentor(board, "Mart", "Mentor", 2);
        starter = fixtures.starter(board, "Saskia", "Starter", 2);
        var hr = fixtures.user("Hein HR", Set.of(Role.HR), null, board.id());
        mentorUser = fixtures.user("Mart Mentor", Set.of(Role.EMPLOYEE, Role.MENTOR), mentor, board.id());
        starterUser = fixtures.user("Saskia Starter", Set.of(Role.EMPLOYEE), starter, board.id());
        EnrolmentFixtures.signIn(hr);
        long pairing = pairings.pair(fixtures.placementOf(starter), mentor);
        EnrolmentFixtures.signIn(mentorUser);
        pairings.accept(pairing);
        meeting = guidance.planMeeting(pairing, today.plusDays(5).atTime(15, 0), today.plusDays(5).atTime(16, 0),
                "Teamkamer");
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void tearDown() {
        jdbc.sql("DELETE FROM enrolment WHERE employee_id = :e").param("e", starter).update();
        catalogue.removeAll();
        fixtures.removeAll();
    }

    @Test
    void theMentorMovesTheStarterCancelsAndBothCalendarsFollow() {
        signInAs(mentorUser.username());
        navigate("mijn-starters");
        _click(_get(Button.class, spec -> spec.withClasses("move-meeting")));
        _setValue(_get(DatePicker.class, spec -> spec.withId("plan-day")), today.plusDays(6));
        _setValue(_get(TimePicker.class, spec -> spec.withId("plan-start")), LocalTime.of(10, 0));
        _setValue(_get(TimePicker.class, spec -> spec.withId("plan-end")), LocalTime.of(11, 0));
        _setValue(_get(TextField.class, spec -> spec.withId("plan-place")), "Lokaal 12");
        _click(_get(Button.class, spec -> spec.withId("move-meeting-dialog-save")));

        assertThat(jdbc.sql("SELECT starts_at FROM guidance_meeting WHERE id = :id").param("id", meeting)
                .query(Timestamp.class).single().toLocalDateTime()).isEqualTo(today.plusDays(6).atTime(10, 0));
        List<String> toStarter = calendarMails(starter);
        assertThat(toStarter).hasSize(2);
        String uid = line(toStarter.get(0), "UID:");
        assertThat(line(toStarter.get(1), "UID:")).isEqualTo(uid);
        assertThat(toStarter.get(1)).contains("METHOD:REQUEST", "Lokaal 12");
        assertThat(sequence(toStarter.get(1))).isGreaterThan(sequence(toStarter.get(0)));
        assertThat(fixtures.mails(mentor, "Verplaatst")).isOne();

        signInAs(starterUser.username());
        navigate("mijn-begeleiding");
        assertThat(_get(ListItem.class, spec -> spec.withClasses("planned-meeting")).getElement().getTextRecursively())
                .contains("Lokaal 12");
        _click(_get(Button.class, spec -> spec.withClasses("cancel-meeting")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(_find(ListItem.class, spec -> spec.withClasses("planned-meeting"))).isEmpty();
        List<String> afterCancel = calendarMails(starter);
        assertThat(afterCancel).hasSize(3);
        assertThat(afterCancel.get(2)).contains("METHOD:CANCEL");
        assertThat(line(afterCancel.get(2), "UID:")).isEqualTo(uid);
        assertThat(calendarMails(mentor).getLast()).contains("METHOD:CANCEL");
        assertThat(fixtures.mails(mentor, "Afgezegd")).isOne();
    }

    @Test
    void bothTickOffMilestonesAndACompletedCourseCountsByItself() {
        long course = catalogue.course(catalogue.provider("Agenda Academie"), "Klassenmanagement", "Orde en rust",
                CourseFormat.ON_SITE, CourseLevel.INTRODUCTORY, Set.of(JobFunction.LERAAR), Set.of(Sector.PO),
                Set.of(Theme.INDUCTIE));
        long edition = catalogue.edition(course, -30, 20, 0, EditionStatus.OPEN);
        jdbc.sql("""
                        INSERT INTO enrolment (edition_id, employee_id, status, completed_on, created_at, updated_at)
                        VALUES (:edition, :employee, 'COMPLETED', :on, :now, :now)""")
                .param("edition", edition).param("employee", starter).param("on", Date.valueOf(today.minusDays(3)))
                .param("now", Timestamp.from(Instant.now())).update();

        signInAs(starterUser.username());
        navigate("mijn-begeleiding");
        var grid = progressGrid();
        assertThat(row(grid, MilestoneKind.COURSE, 1).done()).isOne();
        int reflection = rowIndex(grid, MilestoneKind.REFLECTION, 1);
        _click((Button) GridKt._getCellComponent(grid, reflection, "record"));
        _click(_get(Button.class, spec -> spec.withId("record-milestone-dialog-save")));
        assertThat(row(progressGrid(), MilestoneKind.REFLECTION, 1).done()).isOne();

        signInAs(mentorUser.username());
        navigate("mijn-starters");
        var details = _get(Details.class, spec -> spec.withClasses("mentee-progress"));
        details.setOpened(true);
        @SuppressWarnings("unchecked")
        Grid<MilestoneProgress> mentorGrid = _get(Grid.class, spec -> spec.withClasses("progress-grid"));
        assertThat(row(mentorGrid, MilestoneKind.REFLECTION, 1).complete()).isTrue();
        int observation = rowIndex(mentorGrid, MilestoneKind.CLASSROOM_OBSERVATION, 1);
        _click((Button) GridKt._getCellComponent(mentorGrid, observation, "record"));
        _setValue(_get(DatePicker.class, spec -> spec.withId("record-day")), today.minusDays(1));
        _click(_get(Button.class, spec -> spec.withId("record-milestone-dialog-save")));
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM induction_milestone_done
                        WHERE placement_id = :p AND done_on = :on""")
                .param("p", fixtures.placementOf(starter)).param("on", Date.valueOf(today.minusDays(1)))
                .query(Integer.class).single()).isOne();
    }

    @SuppressWarnings("unchecked")
    private static Grid<MilestoneProgress> progressGrid() {
        return _get(Grid.class, spec -> spec.withId("my-guidance-progress-grid"));
    }

    private static int rowIndex(Grid<MilestoneProgress> grid, MilestoneKind kind, int year) {
        for (int i = 0; i < GridKt._size(grid); i++) {
            var m = GridKt._get(grid, i);
            if (m.kind() == kind && m.year() == year) {
                return i;
            }
        }
        throw new AssertionError("No " + kind + " in year " + year);
    }

    private static MilestoneProgress row(Grid<MilestoneProgress> grid, MilestoneKind kind, int year) {
        return GridKt._get(grid, rowIndex(grid, kind, year));
    }

    private List<String> calendarMails(long employee) {
        return jdbc.sql("""
                        SELECT ics FROM mail_outbox WHERE ics IS NOT NULL
                        AND recipient = (SELECT email FROM employee WHERE id = :e) ORDER BY id""")
                .param("e", employee).query(String.class).list();
    }

    private static String line(String ics, String prefix) {
        return ics.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
    }

    private static int sequence(String ics) {
        return Integer.parseInt(line(ics, "SEQUENCE:").substring("SEQUENCE:".length()).strip());
    }
}
