package nl.onderwijsloket.portal.induction.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.onderwijsloket.portal.KaribuTest;
import nl.onderwijsloket.portal.enrolment.EnrolmentFixtures;
import nl.onderwijsloket.portal.induction.CohortProposal;
import nl.onderwijsloket.portal.induction.InductionFixtures;
import nl.onderwijsloket.portal.induction.InductionService;
import nl.onderwijsloket.portal.induction.MentorSuggestion;
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
 * HR pairs a cohort of twelve starters, at three schools in three towns, with five mentors of capacity three at
 * once: every starter gets a mentor, no mentor more than three, no exchange of two starters' mentors would raise
 * the total, and confirming saves exactly the twelve pairings shown.
 */
class HrPairsACohortOfTwelveWithFiveMentorsTest extends KaribuTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    InductionService induction;

    InductionFixtures fixtures;
    PortalUser hr;
    List<Long> mentors;

    @BeforeEach
    void setUp() {
        fixtures = new InductionFixtures(jdbc);
        var board = fixtures.board("Bestuur Cohort", Sector.PO, "Enschede");
        var neighbour = fixtures.board("Bestuur Naburig", Sector.VO, "Almelo");
        fixtures.allowMentorsOutside(neighbour.id());
        long hengelo = fixtures.school(board, "De Hengelose Es", Sector.PO, "Hengelo");
        long oldenzaal = fixtures.school(board, "Het Oldenzaalse Veld", Sector.PO, "Oldenzaal");
        mentors = List.of(fixtures.mentor(board, "Mira", "Enschede", 3), fixtures.mentor(board, "Mats", "Enschede", 3),
                fixtures.mentor(neighbour, "Mona", "Almelo", 3), fixtures.mentor(neighbour, "Milan", "Almelo", 3),
                fixtures.mentor(board, "Mette", "Kantoor", 3));
        jdbc.sql("UPDATE employee SET school_id = :s WHERE id = :m").param("s", hengelo).param("m", mentors.get(1))
                .update();
        jdbc.sql("UPDATE employee SET school_id = NULL WHERE id = :m").param("m", mentors.get(4)).update();
        long[] schools = {board.schoolId(), hengelo, oldenzaal};
        for (int i = 0; i < 12; i++) {
            fixtures.starterAt(board, schools[i % 3], "Starter" + (char) ('A' + i), "Cohort");
        }
        hr = fixtures.user("Hilde HR", Set.of(Role.HR), null, board.id());
    }

    @AfterEach
    void tearDown() {
        fixtures.removeAll();
    }

    @Test
    void twelveStartersFiveMentorsNeverOverCapacityAndNoBetterExchange() {
        EnrolmentFixtures.signIn(hr);
        CohortProposal proposal = induction.cohort();
        assertThat(proposal.pairs()).hasSize(12);
        assertThat(proposal.unpaired()).isEmpty();
        Map<Long, Integer> perMentor = new HashMap<>();
        proposal.pairs().forEach(p -> perMentor.merge(p.mentor().mentorId(), 1, Integer::sum));
        assertThat(perMentor.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(3));
        assertThat(proposal.total()).isEqualTo(proposal.pairs().stream().mapToInt(p -> p.mentor().score()).sum());

        // Scores without the load part (which depends only on how many starters a mentor gets, not on whom).
        Map<Long, Map<Long, Integer>> fit = new HashMap<>();
        for (var pair : proposal.pairs()) {
            Map<Long, Integer> byMentor = new HashMap<>();
            for (MentorSuggestion s : induction.suggestions(pair.placementId(), 10)) {
                byMentor.put(s.mentorId(), withoutLoad(s));
            }
            assertThat(byMentor.keySet()).containsAll(mentors);
            fit.put(pair.placementId(), byMentor);
        }
        for (var a : proposal.pairs()) {
            for (var b : proposal.pairs()) {
                long ma = a.mentor().mentorId();
                long mb = b.mentor().mentorId();
                int now = fit.get(a.placementId()).get(ma) + fit.get(b.placementId()).get(mb);
                int swapped = fit.get(a.placementId()).get(mb) + fit.get(b.placementId()).get(ma);
                assertThat(now).as("%s and %s exchange mentors", a.starterName(), b.starterName())
                        .isGreaterThanOrEqualTo(swapped);
            }
        }
        SecurityContextHolder.clearContext();

        signInAs(hr.username());
        navigate("inductie");
        _click(_get(Button.class, spec -> spec.withId("induction-cohort")));
        assertThat(_find(Checkbox.class, spec -> spec.withClasses("cohort-pair"))).hasSize(12)
                .allSatisfy(box -> assertThat(box.getValue()).isTrue());
        _click(_get(Button.class, spec -> spec.withId("cohort-dialog-save")));
        for (long mentor : mentors) {
            assertThat(fixtures.livePairings(mentor)).isEqualTo(perMentor.getOrDefault(mentor, 0));
            assertThat(jdbc.sql("SELECT live_pairings FROM mentor_profile WHERE employee_id = :m").param("m", mentor)
                    .query(Integer.class).single()).isEqualTo(perMentor.getOrDefault(mentor, 0));
        }
        for (var pair : proposal.pairs()) {
            assertThat(jdbc.sql("SELECT mentor_id FROM mentor_pairing WHERE placement_id = :p AND status = 'PROPOSED'")
                    .param("p", pair.placementId()).query(Long.class).single()).isEqualTo(pair.mentor().mentorId());
        }
    }

    private static int withoutLoad(MentorSuggestion s) {
        return s.parts().stream().filter(p -> !p.criterionKey().endsWith(".load"))
                .mapToInt(MentorSuggestion.ScorePart::points).sum();
    }
}
