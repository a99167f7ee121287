package nl.onderwijsloket.portal.induction.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Set;
import nl.onderwijsloket.portal.KaribuTest;
import nl.onderwijsloket.portal.enrolment.EnrolmentFixtures;
import nl.onderwijsloket.portal.induction.GuidanceDraft;
import nl.onderwijsloket.portal.induction.GuidanceService;
import nl.onderwijsloket.portal.induction.InductionFixtures;
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
 * The mentor leaves for another school, so HR hands the pairing over to another mentor: the old pairing is kept
 * as history with its reason, the old mentor's place is free, the new mentor is asked to accept and sees only
 * what is logged from now on, and the starter keeps their whole log.
 */
class HrHandsAPairingOverTest extends KaribuTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PairingService pairings;
    @Autowired
    GuidanceService guidance;

    InductionFixtures fixtures;
    PortalUser hr;
    PortalUser newMentorUser;
    PortalUser starterUser;
    long oldMentor;
    long newMentor;
    long starter;
    long oldPairing;

    @BeforeEach
    void setUp() {
        fixtures = new InductionFixtures(jdbc);
        var board = fixtures.board("Bestuur Overdracht", Sector.PO, "Enschede");
        oldMentor = fixtures.mentor(board, "Olaf", "Oud", 2);
        newMentor = fixtures.mentor(board, "Nina", "Nieuw", 2);
        starter = fixtures.starter(board, "Sam", "Starter", 3);
        hr = fixtures.user("Henk HR", Set.of(Role.HR), null, board.id());
        var oldMentorUser = fixtures.user("Olaf Oud", Set.of(Role.EMPLOYEE, Role.MENTOR), oldMentor, board.id());
        newMentorUser = fixtures.user("Nina Nieuw", Set.of(Role.EMPLOYEE, Role.MENTOR), newMentor, board.id());
        starterUser = fixtures.user("Sam Starter", Set.of(Role.EMPLOYEE), starter, board.id());
        EnrolmentFixtures.signIn(hr);
        oldPairing = pairings.pair(fixtures.placementOf(starter), oldMentor);
        EnrolmentFixtures.signIn(oldMentorUser);
        pairings.accept(oldPairing);
        guidance.addEntry(oldPairing, new GuidanceDraft(LocalDate.now().minusDays(20), "Eerste weken in groep 3", null,
                null));
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void tearDown() {
        fixtures.removeAll();
    }

    @Test
    void handedOverWithHistoryKept() {
        signInAs(hr.username());
        navigate("inductie");
        GridKt._clickItem(_get(Grid.class, spec -> spec.withId("induction-grid")), 0);
        _click(_get(Button.class, spec -> spec.withClasses("hand-over-pairing")));
        _setValue(_get(TextArea.class, spec -> spec.withId("hand-over-reason")), "Mentor vertrekt naar een andere school");
        var picks = _find(Button.class, spec -> spec.withClasses("pair-mentor"));
        assertThat(picks).hasSize(2);
        _click(picks.stream().filter(b -> b.getParent().orElseThrow().getElement().getTextRecursively()
                .contains("Nina Nieuw")).findFirst().orElseThrow());

        assertThat(fixtures.status(oldPairing)).isEqualTo("HANDED_OVER");
        long next = jdbc.sql("SELECT handed_over_to FROM mentor_pairing WHERE id = :id").param("id", oldPairing)
                .query(Long.class).single();
        assertThat(fixtures.status(next)).isEqualTo("PROPOSED");
        assertThat(jdbc.sql("SELECT end_reason FROM mentor_pairing WHERE id = :id").param("id", oldPairing)
                .query(String.class).single()).isEqualTo("Mentor vertrekt naar een andere school");
        assertThat(fixtures.livePairings(oldMentor)).isZero();
        assertThat(_get(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withId("pairing-history"))
                .getElement().getTextRecursively()).contains("Olaf Oud", "Overgedragen", "Nina Nieuw");

        signInAs(newMentorUser.username());
        navigate("mijn-starters");
        _click(_get(Button.class, spec -> spec.withClasses("accept-pairing")));
        EnrolmentFixtures.signIn(newMentorUser);
        assertThat(guidance.log(next)).isEmpty();

        signInAs(starterUser.username());
        navigate("mijn-begeleiding");
        assertThat(_find(ListItem.class, spec -> spec.withClasses("guidance-entry"))).singleElement()
                .satisfies(e -> assertThat(e.getElement().getTextRecursively()).contains("Eerste weken in groep 3"));
        assertThat(_find(ListItem.class, spec -> spec.withClasses("helper")).getFirst().getElement()
                .getTextRecursively()).contains("Nina Nieuw");
    }
}
