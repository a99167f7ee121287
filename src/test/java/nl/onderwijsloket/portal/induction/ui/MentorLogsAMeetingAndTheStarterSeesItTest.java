package nl.onderwijsloket.portal.induction.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Set;
import nl.onderwijsloket.portal.KaribuTest;
import nl.onderwijsloket.portal.enrolment.EnrolmentFixtures;
import nl.onderwijsloket.portal.induction.InductionFixtures;
import nl.onderwijsloket.portal.induction.PairingService;
import nl.onderwijsloket.portal.induction.StarterRow;
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
 * Between two lessons the mentor logs a meeting in a few taps; the starter reads it in "Mijn begeleiding"; HR
 * sees that a meeting took place and when, never what was said, until the starter shares that one entry, and
 * stops seeing it when the starter takes the sharing back. After the first meeting both are asked whether the
 * pairing fits.
 */
class MentorLogsAMeetingAndTheStarterSeesItTest extends KaribuTest {

    private static final String TOPIC = "Orde houden na de grote pauze";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PairingService pairings;

    InductionFixtures fixtures;
    PortalUser hr;
    PortalUser mentorUser;
    PortalUser starterUser;
    long starter;
    long mentor;

    @BeforeEach
    void setUp() {
        fixtures = new InductionFixtures(jdbc);
        var board = fixtures.board("Bestuur Logboek", Sector.PO, "Hengelo");
        mentor = fixtures.mentor(board, "Maud", "Mentor", 2);
        starter = fixtures.starter(board, "Stijn", "Starter", 1);
        hr = fixtures.user("Hans HR", Set.of(Role.HR), null, board.id());
        mentorUser = fixtures.user("Maud Mentor", Set.of(Role.EMPLOYEE, Role.MENTOR), mentor, board.id());
        starterUser = fixtures.user("Stijn Starter", Set.of(Role.EMPLOYEE), starter, board.id());
        EnrolmentFixtures.signIn(hr);
        long pairing = pairings.pair(fixtures.placementOf(starter), mentor);
        EnrolmentFixtures.signIn(mentorUser);
        pairings.accept(pairing);
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void tearDown() {
        fixtures.removeAll();
    }

    /** The text of every component on the screen, dialogs included. */
    private static String pageText() {
        return _find(com.vaadin.flow.component.Component.class).stream()
                .map(c -> c.getElement().getTextRecursively()).reduce("", (a, b) -> a + "\n" + b);
    }

    @Test
    void loggedByTheMentorReadByTheStarterCountedForHrSharedOnce() {
        signInAs(mentorUser.username());
        navigate("mijn-starters");
        _click(_get(Button.class, spec -> spec.withClasses("log-meeting")));
        _setValue(_get(TextArea.class, spec -> spec.withId("guidance-topics")), TOPIC);
        _setValue(_get(TextArea.class, spec -> spec.withId("guidance-agreements")), "Vaste start met een dagplanning");
        _click(_get(Button.class, spec -> spec.withId("log-meeting-dialog-save")));
        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(fixtures.mails(mentor, "Past jullie koppeling")).isOne();
        assertThat(fixtures.mails(starter, "Past jullie koppeling")).isOne();
        _click(_get(Button.class, spec -> spec.withClasses("fit-yes")));
        assertThat(_find(Button.class, spec -> spec.withClasses("fit-yes"))).isEmpty();

        signInAs(hr.username());
        navigate("inductie");
        @SuppressWarnings("unchecked")
        Grid<StarterRow> grid = _get(Grid.class, spec -> spec.withId("induction-grid"));
        StarterRow row = GridKt._get(grid, 0);
        assertThat(row.meetings()).isOne();
        assertThat(row.lastMeeting()).isEqualTo(LocalDate.now());
        GridKt._clickItem(grid, 0);
        assertThat(_get(Paragraph.class, spec -> spec.withId("starter-meeting-count")).getText()).contains("1");
        assertThat(pageText()).doesNotContain(TOPIC);

        signInAs(starterUser.username());
        navigate("mijn-begeleiding");
        var entries = _find(ListItem.class, spec -> spec.withClasses("guidance-entry"));
        assertThat(entries).singleElement().satisfies(e -> assertThat(e.getElement().getTextRecursively())
                .contains(TOPIC, "door de mentor"));
        assertThat(_find(Button.class, spec -> spec.withClasses("fit-yes"))).hasSize(1);
        _click(_get(Button.class, spec -> spec.withClasses("share-entry")));

        signInAs(hr.username());
        navigate("inductie");
        GridKt._clickItem(_get(Grid.class, spec -> spec.withId("induction-grid")), 0);
        assertThat(_get(com.vaadin.flow.component.html.UnorderedList.class,
                spec -> spec.withId("starter-shared-entries")).getElement().getTextRecursively()).contains(TOPIC);

        signInAs(starterUser.username());
        navigate("mijn-begeleiding");
        _click(_get(Button.class, spec -> spec.withClasses("unshare-entry")));
        signInAs(hr.username());
        navigate("inductie");
        GridKt._clickItem(_get(Grid.class, spec -> spec.withId("induction-grid")), 0);
        assertThat(pageText()).doesNotContain(TOPIC);
    }
}
