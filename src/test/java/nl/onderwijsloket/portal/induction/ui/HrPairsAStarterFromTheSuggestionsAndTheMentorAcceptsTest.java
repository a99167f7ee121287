package nl.onderwijsloket.portal.induction.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Set;
import nl.onderwijsloket.portal.KaribuTest;
import nl.onderwijsloket.portal.induction.InductionFixtures;
import nl.onderwijsloket.portal.induction.StarterRow;
import nl.onderwijsloket.portal.people.Sector;
import nl.onderwijsloket.portal.security.PortalUser;
import nl.onderwijsloket.portal.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * HR opens Sara, a starter without a mentor, reads why the suggested mentors fit (and does not find Sara's own
 * team leader among them), pairs her with the best one, and that mentor accepts in "Mijn starters"; Sara then
 * finds her mentor on the card "who helps with what".
 */
class HrPairsAStarterFromTheSuggestionsAndTheMentorAcceptsTest extends KaribuTest {

    @Autowired
    JdbcClient jdbc;

    InductionFixtures fixtures;
    PortalUser hr;
    PortalUser mentorUser;
    PortalUser starterUser;
    long mentor;
    long teamLeader;
    long sara;

    @BeforeEach
    void setUp() {
        fixtures = new InductionFixtures(jdbc);
        var board = fixtures.board("Bestuur Suggestie", Sector.PO, "Enschede");
        mentor = fixtures.mentor(board, "Mees", "Mentor", 2);
        teamLeader = fixtures.mentor(board, "Tessa", "Teamleider", 2);
        sara = fixtures.starter(board, "Sara", "Starter", 1);
        fixtures.lineManager(sara, teamLeader);
        jdbc.sql("UPDATE mentor_profile SET live_pairings = 1, capacity = 3 WHERE employee_id = :t")
                .param("t", teamLeader).update();
        hr = fixtures.user("Hanna HR", Set.of(Role.HR), null, board.id());
        mentorUser = fixtures.user("Mees Mentor", Set.of(Role.EMPLOYEE, Role.MENTOR), mentor, board.id());
        starterUser = fixtures.user("Sara Starter", Set.of(Role.EMPLOYEE), sara, board.id());
    }

    @AfterEach
    void tearDown() {
        fixtures.removeAll();
    }

    @Test
    void suggestionsExplainedPairedAcceptedAndShownToTheStarter() {
        signInAs(hr.username());
        navigate("inductie?koppeling=unpaired");
        @SuppressWarnings("unchecked")
        Grid<StarterRow> grid = _get(Grid.class, spec -> spec.withId("induction-grid"));
        assertThat(GridKt._size(grid)).isOne();
        StarterRow row = GridKt._get(grid, 0);
        assertThat(row.name()).isEqualTo("Sara Starter");
        assertThat(row.signals()).containsExactly(nl.onderwijsloket.portal.induction.Signal.NO_MENTOR);
        GridKt._clickItem(grid, 0);

        var suggestions = _find(Div.class, spec -> spec.withClasses("suggestion"));
        assertThat(suggestions).hasSize(1);
        String text = _find(Paragraph.class).stream().map(Paragraph::getText).reduce("", String::concat);
        assertThat(text).contains("Mees Mentor").doesNotContain("Tessa Teamleider");
        var parts = _find(Span.class, spec -> spec.withClasses("score-criterion")).stream().map(Span::getText).toList();
        assertThat(parts).anyMatch(p -> p.startsWith("School en bestuur (20/20)"));
        assertThat(parts).hasSize(8);
        _click(_get(Button.class, spec -> spec.withClasses("pair-mentor")));
        assertThat(jdbc.sql("SELECT status FROM mentor_pairing WHERE starter_id = :s").param("s", sara)
                .query(String.class).single()).isEqualTo("PROPOSED");
        assertThat(fixtures.mails(mentor, "Sara Starter")).isOne();

        signInAs(mentorUser.username());
        navigate("mijn-starters");
        assertThat(_get(H2.class, spec -> spec.withClasses("mentee-name")).getText()).isEqualTo("Sara Starter");
        _click(_get(Button.class, spec -> spec.withClasses("accept-pairing")));
        assertThat(jdbc.sql("SELECT status FROM mentor_pairing WHERE starter_id = :s").param("s", sara)
                .query(String.class).single()).isEqualTo("ACTIVE");
        assertThat(_find(Button.class, spec -> spec.withClasses("log-meeting"))).hasSize(1);
        assertThat(fixtures.mails(sara, "Mees Mentor")).isOne();

        signInAs(starterUser.username());
        navigate("mijn-begeleiding");
        var helpers = _find(com.vaadin.flow.component.html.ListItem.class, spec -> spec.withClasses("helper"))
                .stream().map(li -> li.getElement().getTextRecursively()).toList();
        assertThat(helpers.getFirst()).startsWith("Mentor: ").contains("Mees Mentor");
        assertThat(helpers).anySatisfy(h -> assertThat(h).startsWith("Contactpersoon van de school: ")
                .contains("Tessa Teamleider"));
    }
}
