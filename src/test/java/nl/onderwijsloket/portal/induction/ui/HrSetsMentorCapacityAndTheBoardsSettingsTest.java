package nl.onderwijsloket.portal.induction.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.Set;
import nl.onderwijsloket.portal.KaribuTest;
import nl.onderwijsloket.portal.enrolment.EnrolmentFixtures;
import nl.onderwijsloket.portal.induction.InductionFixtures;
import nl.onderwijsloket.portal.induction.InductionService;
import nl.onderwijsloket.portal.induction.MentorLoad;
import nl.onderwijsloket.portal.induction.MentorSuggestion;
import nl.onderwijsloket.portal.induction.PairingService;
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
 * HR keeps its mentors' capacity and the board's induction settings in "Mentoren en instellingen": a capacity
 * below what a mentor guides now is refused with the reason, the signal thresholds are checked and saved, and a
 * board that lets its mentors help elsewhere makes them suggestions for another board's starters.
 */
class HrSetsMentorCapacityAndTheBoardsSettingsTest extends KaribuTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PairingService pairings;
    @Autowired
    InductionService induction;

    InductionFixtures fixtures;
    InductionFixtures.Board boardA;
    InductionFixtures.Board boardB;
    PortalUser hrA;
    PortalUser hrB;
    long mentorA;
    long mentorB;
    long waiting;

    @BeforeEach
    void setUp() {
        fixtures = new InductionFixtures(jdbc);
        boardA = fixtures.board("Bestuur Capaciteit", Sector.PO, "Hengelo");
        boardB = fixtures.board("Bestuur Buren", Sector.PO, "Borne");
        mentorA = fixtures.mentor(boardA, "Mees", "Mentor", 1);
        mentorB = fixtures.mentor(boardB, "Bo", "Buurmentor", 2);
        long paired = fixtures.starter(boardA, "Pim", "Gekoppeld", 2);
        waiting = fixtures.starter(boardA, "Wout", "Wachtend", 1);
        hrA = fixtures.user("Hanna HR", Set.of(Role.HR), null, boardA.id());
        hrB = fixtures.user("Bert HR", Set.of(Role.HR), null, boardB.id());
        var mentorUser = fixtures.user("Mees Mentor", Set.of(Role.EMPLOYEE, Role.MENTOR), mentorA, boardA.id());
        EnrolmentFixtures.signIn(hrA);
        long pairing = pairings.pair(fixtures.placementOf(paired), mentorA);
        EnrolmentFixtures.signIn(mentorUser);
        pairings.accept(pairing);
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void tearDown() {
        fixtures.removeAll();
    }

    @Test
    void capacityNeverBelowTheLoadThresholdsCheckedAndMentorsLentToTheRegion() {
        signInAs(hrA.username());
        navigate("inductie");
        _click(_get(Button.class, spec -> spec.withId("induction-settings")));
        @SuppressWarnings("unchecked")
        Grid<MentorLoad> mentors = _get(Grid.class, spec -> spec.withId("settings-mentors"));
        assertThat(GridKt._size(mentors)).isOne();
        assertThat(GridKt._get(mentors, 0)).satisfies(m -> {
            assertThat(m.employeeId()).isEqualTo(mentorA);
            assertThat(m.name()).startsWith("Mees");
            assertThat(m.livePairings()).isOne();
            assertThat(m.capacity()).isOne();
        });

        _setValue(capacityField(), 0);
        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .anySatisfy(text -> assertThat(text).startsWith("Mees").endsWith(
                        " begeleidt nu meer starters dan dat. Beëindig of draag eerst een koppeling over."));
        assertThat(capacity(mentorA)).isEqualTo(1);
        assertThat(capacityField().getValue()).isEqualTo(1);

        _setValue(capacityField(), 3);
        assertThat(capacity(mentorA)).isEqualTo(3);
        assertThat(GridKt._get(mentorsGrid(), 0).capacity()).isEqualTo(3);

        _setValue(_get(IntegerField.class, spec -> spec.withId("settings-unpaired-days")), 0);
        _click(_get(Button.class, spec -> spec.withId("settings-save")));
        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .contains("Kies 1 tot en met 365 dagen.");
        assertThat(settingsRows(boardA.id())).isZero();
        _setValue(_get(IntegerField.class, spec -> spec.withId("settings-unpaired-days")), 30);
        _setValue(_get(IntegerField.class, spec -> spec.withId("settings-quiet-weeks")), 4);
        _click(_get(Button.class, spec -> spec.withId("settings-save")));
        assertThat(jdbc.sql("SELECT CONCAT(unpaired_days, '/', quiet_weeks, '/', mentors_outside)"
                        + " FROM induction_board_setting WHERE board_id = :b").param("b", boardA.id())
                .query(String.class).single()).isEqualTo("30/4/0");

        assertThat(suggestedTo(waiting)).doesNotContain(mentorB);
        signInAs(hrB.username());
        navigate("inductie");
        _click(_get(Button.class, spec -> spec.withId("induction-settings")));
        _setValue(_get(Checkbox.class, spec -> spec.withId("settings-outside")), true);
        _click(_get(Button.class, spec -> spec.withId("settings-save")));
        assertThat(suggestedTo(waiting)).contains(mentorB);
    }

    private IntegerField capacityField() {
        return (IntegerField) GridKt._getCellComponent(mentorsGrid(), 0, "capacity");
    }

    @SuppressWarnings("unchecked")
    private static Grid<MentorLoad> mentorsGrid() {
        return _get(Grid.class, spec -> spec.withId("settings-mentors"));
    }

    private List<Long> suggestedTo(long starter) {
        EnrolmentFixtures.signIn(hrA);
        try {
            return induction.suggestions(fixtures.placementOf(starter), 10).stream()
                    .map(MentorSuggestion::mentorId).toList();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private int capacity(long mentor) {
        return jdbc.sql("SELECT capacity FROM mentor_profile WHERE employee_id = :m").param("m", mentor)
                .query(Integer.class).single();
    }

    private int settingsRows(long board) {
        return jdbc.sql("SELECT COUNT(*) FROM induction_board_setting WHERE board_id = :b").param("b", board)
                .query(Integer.class).single();
    }
}
