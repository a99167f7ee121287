package nl.onderwijsloket.portal.induction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.onderwijsloket.portal.AtOnce;
import nl.onderwijsloket.portal.DatabaseTest;
import nl.onderwijsloket.portal.common.RuleViolation;
import nl.onderwijsloket.portal.enrolment.EnrolmentFixtures;
import nl.onderwijsloket.portal.people.Sector;
import nl.onderwijsloket.portal.security.PortalUser;
import nl.onderwijsloket.portal.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Two HR officers of the same board pair two different starters with the same mentor, whose last free place it
 * is, at the same moment, on the real MariaDB: exactly one pairing is made, the other officer is told the mentor
 * has no free place, and the mentor's count of live pairings stays at their capacity.
 */
@SpringBootTest
@DatabaseTest
class TwoHrOfficersTakeAMentorsLastPlaceTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PairingService pairings;

    InductionFixtures fixtures;

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        fixtures.removeAll();
    }

    @RepeatedTest(3)
    void exactlyOneOfTwoSimultaneousPairingsGetsTheLastPlace() throws Exception {
        fixtures = new InductionFixtures(jdbc);
        var board = fixtures.board("Bestuur Laatste Plaats", Sector.PO, "Enschede");
        long mentor = fixtures.mentor(board, "Mira", "Mentor", 1);
        long anna = fixtures.placementOf(fixtures.starter(board, "Anna", "Start", 1));
        long bram = fixtures.placementOf(fixtures.starter(board, "Bram", "Start", 1));
        PortalUser first = fixtures.user("HR Een", Set.of(Role.HR), null, board.id());
        PortalUser second = fixtures.user("HR Twee", Set.of(Role.HR), null, board.id());

        List<Object> outcomes = AtOnce.run(pairAs(first, anna, mentor), pairAs(second, bram, mentor));

        assertThat(outcomes).filteredOn(o -> o instanceof Long).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof RuleViolation).singleElement()
                .satisfies(o -> assertThat(((RuleViolation) o).messageKey())
                        .isEqualTo("induction.exclusion.no-free-capacity"));
        assertThat(fixtures.livePairings(mentor)).isOne();
        assertThat(jdbc.sql("SELECT live_pairings FROM mentor_profile WHERE employee_id = :m").param("m", mentor)
                .query(Integer.class).single()).isOne();
    }

    private Callable<Object> pairAs(PortalUser hr, long placement, long mentor) {
        return () -> {
            EnrolmentFixtures.signIn(hr);
            try {
                return pairings.pair(placement, mentor);
            } catch (RuleViolation refused) {
                return refused;
            } finally {
                SecurityContextHolder.clearContext();
            }
        };
    }
}
