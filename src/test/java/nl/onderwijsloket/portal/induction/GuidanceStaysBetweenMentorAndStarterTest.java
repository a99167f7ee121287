package nl.onderwijsloket.portal.induction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import nl.onderwijsloket.portal.common.RuleViolation;
import nl.onderwijsloket.portal.enrolment.EnrolmentFixtures;
import nl.onderwijsloket.portal.people.JobFunction;
import nl.onderwijsloket.portal.people.Sector;
import nl.onderwijsloket.portal.security.PortalUser;
import nl.onderwijsloket.portal.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Guidance apart from assessment, proved with crafted service calls: HR, the coordinator and another mentor read
 * none of a log's contents, however they call; HR sees that meetings take place and only what the starter
 * shares, for as long as it is shared. And the hard rules of a pairing hold whatever a screen would offer.
 */
@SpringBootTest
class GuidanceStaysBetweenMentorAndStarterTest {

    private static final String SECRET = "Twijfelt of ze het vak wil blijven doen";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    InductionService induction;
    @Autowired
    PairingService pairings;
    @Autowired
    GuidanceService guidance;

    InductionFixtures fixtures;
    InductionFixtures.Board board;
    PortalUser hr;
    PortalUser mentor;
    PortalUser starter;
    long placement;
    long pairing;

    @BeforeEach
    void setUp() {
        fixtures = new InductionFixtures(jdbc);
        board = fixtures.board("Bestuur Privé", Sector.PO, "Hengelo");
        long mentorId = fixtures.mentor(board, "Marit", "Mentor", 2);
        long starterId = fixtures.starter(board, "Sven", "Starter", 2);
        placement = fixtures.placementOf(starterId);
        hr = fixtures.user("HR Privé", Set.of(Role.HR), null, board.id());
        mentor = fixtures.user("Marit Mentor", Set.of(Role.EMPLOYEE, Role.MENTOR), mentorId, board.id());
        starter = fixtures.user("Sven Starter", Set.of(Role.EMPLOYEE), starterId, board.id());
        EnrolmentFixtures.signIn(hr);
        pairing = pairings.pair(placement, mentorId);
        EnrolmentFixtures.signIn(mentor);
        pairings.accept(pairing);
        guidance.addEntry(pairing, new GuidanceDraft(LocalDate.now().minusDays(7), SECRET, "Lesbezoek plannen", null));
        EnrolmentFixtures.signIn(starter);
        guidance.addEntry(pairing, new GuidanceDraft(LocalDate.now().minusDays(1), "Ouders en het rapportgesprek",
                null, "Gesprek voorbereiden met de IB'er"));
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        fixtures.removeAll();
    }

    @Test
    void hrTheCoordinatorAndAnotherMentorReadNoContents() {
        var otherMentor = fixtures.user("Olga Ander", Set.of(Role.EMPLOYEE, Role.MENTOR),
                fixtures.mentor(board, "Olga", "Ander", 2), board.id());
        var coordinator = fixtures.user("Coördinator", Set.of(Role.COORDINATOR), null, null);
        var hrWithEmployee = fixtures.user("HR met dienstverband", Set.of(Role.HR, Role.EMPLOYEE),
                fixtures.employee(board, "Hanna", "Personeelszaken", JobFunction.STAFF), board.id());
        for (PortalUser outsider : new PortalUser[] {hr, coordinator, otherMentor, hrWithEmployee}) {
            EnrolmentFixtures.signIn(outsider);
            assertThatThrownBy(() -> guidance.log(pairing)).as(outsider.displayName())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> guidance.addEntry(pairing, new GuidanceDraft(LocalDate.now(), "x", null, null)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        EnrolmentFixtures.signIn(otherMentor);
        assertThat(guidance.mentees()).isEmpty();

        EnrolmentFixtures.signIn(hr);
        var details = induction.starter(placement).orElseThrow();
        assertThat(details.row().meetings()).isEqualTo(2);
        assertThat(details.row().lastMeeting()).isEqualTo(LocalDate.now().minusDays(1));
        assertThat(details.sharedEntries()).isEmpty();
        assertThat(details.toString()).doesNotContain(SECRET, "rapportgesprek");
        assertThat(induction.starters(StarterFilter.all(), 0, 50).toString()).doesNotContain(SECRET);
    }

    @Test
    void theStarterSharesOneEntryAndTakesItBack() {
        EnrolmentFixtures.signIn(starter);
        var log = guidance.log(pairing);
        assertThat(log).extracting(GuidanceEntry::topics).containsExactly("Ouders en het rapportgesprek", SECRET);
        long parents = log.getFirst().id();
        guidance.share(parents, true);

        EnrolmentFixtures.signIn(mentor);
        assertThatThrownBy(() -> guidance.share(log.get(1).id(), true)).isInstanceOf(AccessDeniedException.class);

        EnrolmentFixtures.signIn(hr);
        assertThat(induction.starter(placement).orElseThrow().sharedEntries()).extracting(GuidanceEntry::topics)
                .containsExactly("Ouders en het rapportgesprek");

        EnrolmentFixtures.signIn(starter);
        guidance.share(parents, false);
        EnrolmentFixtures.signIn(hr);
        assertThat(induction.starter(placement).orElseThrow().sharedEntries()).isEmpty();
    }

    @Test
    void hrOfAnotherBoardSeesNotEvenTheCount() {
        var other = fixtures.board("Ander Bestuur", Sector.PO, "Almelo");
        EnrolmentFixtures.signIn(fixtures.user("HR Ander", Set.of(Role.HR), null, other.id()));
        assertThatThrownBy(() -> induction.starter(placement)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> induction.suggestions(placement, 5)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pairings.end(pairing, "Weg")).isInstanceOf(AccessDeniedException.class);
        assertThat(induction.starters(StarterFilter.all(), 0, 50)).isEmpty();
        assertThat(fixtures.status(pairing)).isEqualTo("ACTIVE");
    }

    @Test
    void theLineManagerAndAnotherBoardsMentorAreRefusedUnlessThatBoardAllowsIt() {
        long manager = fixtures.mentor(board, "Lotte", "Leidinggevende", 3);
        long second = fixtures.starter(board, "Tim", "Tweede", 1);
        fixtures.lineManager(second, manager);
        long secondPlacement = fixtures.placementOf(second);
        var other = fixtures.board("Buurbestuur", Sector.PO, "Enschede");
        long outside = fixtures.mentor(other, "Bas", "Buiten", 2);

        EnrolmentFixtures.signIn(hr);
        assertThat(induction.suggestions(secondPlacement, 10)).extracting(MentorSuggestion::mentorId)
                .doesNotContain(manager, outside);
        assertThatThrownBy(() -> pairings.pair(secondPlacement, manager)).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("induction.exclusion.line-manager");
        assertThatThrownBy(() -> pairings.pair(secondPlacement, outside)).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey())
                .isEqualTo("induction.exclusion.other-board-not-allowed");
        assertThat(fixtures.livePairings(manager) + fixtures.livePairings(outside)).isZero();

        fixtures.allowMentorsOutside(other.id());
        assertThat(induction.suggestions(secondPlacement, 10)).extracting(MentorSuggestion::mentorId).contains(outside);
        long made = pairings.pair(secondPlacement, outside);
        assertThat(fixtures.status(made)).isEqualTo("PROPOSED");
        assertThatThrownBy(() -> pairings.pair(secondPlacement, fixtures.mentor(board, "Nog", "Een", 2)))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("induction.error.already-paired");
    }
}
