package nl.onderwijsloket.portal.induction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import nl.onderwijsloket.portal.common.RuleViolation;
import nl.onderwijsloket.portal.enrolment.EnrolmentFixtures;
import nl.onderwijsloket.portal.induction.TemplateChange.Field;
import nl.onderwijsloket.portal.induction.TemplateChange.Type;
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
 * The rules of induction programmes, at the service: counts and years, who edits which programme, a
 * change made meanwhile, one copy per board and kind, and a template change that never overwrites a
 * board's tailoring. Works on the demo region's starting-teacher template, which it puts back afterwards.
 */
@SpringBootTest
class ProgrammeRulesTest {

    private static final String VISIT = "Lesbezoek met nagesprek";
    private static final String COACH = "Begeleidingsgesprek met je coach";

    @Autowired
    ProgrammeService programmes;
    @Autowired
    ProgrammeMilestones milestones;
    @Autowired
    JdbcClient jdbc;

    EnrolmentFixtures people;
    ProgrammeFixtures fixtures;
    PortalUser hr;
    PortalUser otherHr;
    PortalUser coordinator;
    long board;
    long otherBoard;

    @BeforeEach
    void setUp() {
        people = new EnrolmentFixtures(jdbc);
        fixtures = new ProgrammeFixtures(jdbc);
        board = people.board("Bestuur Regels");
        otherBoard = people.board("Bestuur Elders");
        fixtures.watch(board, otherBoard);
        fixtures.keep(ProgrammeKind.STARTING_TEACHER);
        hr = people.account("Ria HR", Set.of(Role.HR), null, board, null);
        otherHr = people.account("Olaf HR", Set.of(Role.HR), null, otherBoard, null);
        coordinator = people.account("Cor Loket", Set.of(Role.COORDINATOR), null, null, null);
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        fixtures.removeAll();
        people.removeAll();
    }

    @Test
    void countsYearsAndTitlesOutsideTheRulesAreRefusedAndNothingChanges() {
        EnrolmentFixtures.signIn(hr);
        long copy = programmes.adopt(ProgrammeKind.STARTING_TEACHER);
        List<MilestoneRow> before = milestones.milestonesOf(copy);
        MilestoneRow visit = before.stream().filter(m -> m.title().equals(VISIT)).findFirst().orElseThrow();

        assertRefused(() -> programmes.addMilestone(copy, draft(1, "Te vaak", 21)), "induction.milestone.count-range");
        assertRefused(() -> programmes.addMilestone(copy, draft(1, "Nooit", 0)), "induction.milestone.count-range");
        assertRefused(() -> programmes.addMilestone(copy, draft(4, "Jaar vier", 1)), "induction.milestone.year-range");
        assertRefused(() -> programmes.addMilestone(copy, draft(0, "Jaar nul", 1)), "induction.milestone.year-range");
        assertRefused(() -> programmes.addMilestone(copy, draft(1, "   ", 1)), "induction.milestone.title-required");
        assertRefused(() -> programmes.addMilestone(copy, draft(1, "x".repeat(201), 1)),
                "induction.milestone.title-too-long");
        assertRefused(() -> programmes.updateMilestone(visit.id(), visit.version(), draft(1, VISIT, 25)),
                "induction.milestone.count-range");
        assertRefused(() -> programmes.moveMilestone(visit.id(), visit.version(), 5, 1),
                "induction.milestone.year-range");
        assertThat(milestones.milestonesOf(copy)).isEqualTo(before);

        // The edges are allowed.
        programmes.addMilestone(copy, draft(3, "Twintig keer", 20));
        programmes.updateMilestone(visit.id(), visit.version(), draft(1, VISIT, 1));
        assertThat(milestones.milestonesOf(copy)).hasSize(before.size() + 1)
                .anySatisfy(m -> assertThat(m.title() + m.requiredCount() + m.year()).isEqualTo("Twintig keer203"))
                .anySatisfy(m -> assertThat(m.id() == visit.id() && m.requiredCount() == 1).isTrue());
    }

    @Test
    void hrEditsOnlyItsOwnBoardsCopyAndTheCoordinatorOnlyTemplates() {
        EnrolmentFixtures.signIn(hr);
        long copy = programmes.adopt(ProgrammeKind.STARTING_TEACHER);
        long mine = fixtures.milestone(copy, 1, VISIT);
        long template = fixtures.template(ProgrammeKind.STARTING_TEACHER);
        long theirs = fixtures.milestone(template, 1, VISIT);
        int revision = fixtures.revision(template);
        List<MilestoneRow> copyBefore = milestones.milestonesOf(copy);
        List<MilestoneRow> templateBefore = milestones.milestonesOf(template);

        // HR: templates are read-only.
        assertThat(programmes.programme(template)).isPresent();
        assertThatThrownBy(() -> programmes.addMilestone(template, draft(1, "Van HR", 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programmes.updateMilestone(theirs, fixtures.version(theirs), draft(1, VISIT, 9)))
                .isInstanceOf(AccessDeniedException.class);

        // HR of another board: not this board's copy, not even to read.
        EnrolmentFixtures.signIn(otherHr);
        assertThatThrownBy(() -> programmes.programme(copy)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programmes.templateChanges(copy)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programmes.updateMilestone(mine, fixtures.version(mine), draft(1, VISIT, 9)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programmes.removeMilestone(mine, fixtures.version(mine)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programmes.markReviewed(copy, 0, revision)).isInstanceOf(AccessDeniedException.class);
        assertThat(programmes.boardProgrammes()).isEmpty();

        // The coordinator reads the board's copy but edits only the template.
        EnrolmentFixtures.signIn(coordinator);
        assertThat(programmes.programme(copy)).isPresent();
        assertThatThrownBy(() -> programmes.addMilestone(copy, draft(1, "Van het loket", 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programmes.adopt(ProgrammeKind.SCHOOL_LEADER))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(milestones.milestonesOf(copy)).isEqualTo(copyBefore);
        assertThat(milestones.milestonesOf(template)).isEqualTo(templateBefore);
        assertThat(fixtures.revision(template)).isEqualTo(revision);
    }

    @Test
    void anEditOfAMilestoneChangedMeanwhileIsRefusedAsAConflict() {
        EnrolmentFixtures.signIn(hr);
        long copy = programmes.adopt(ProgrammeKind.STARTING_TEACHER);
        long visit = fixtures.milestone(copy, 1, VISIT);
        long seen = fixtures.version(visit);

        programmes.updateMilestone(visit, seen, draft(1, VISIT, 4));
        assertRefused(() -> programmes.updateMilestone(visit, seen, draft(1, VISIT, 7)),
                ProgrammeService.CHANGED_MEANWHILE);
        assertRefused(() -> programmes.removeMilestone(visit, seen), ProgrammeService.CHANGED_MEANWHILE);
        assertRefused(() -> programmes.moveMilestone(visit, seen, 2, 1), ProgrammeService.CHANGED_MEANWHILE);
        MilestoneRow now = milestones.milestonesOf(copy).stream().filter(m -> m.id() == visit).findFirst().orElseThrow();
        assertThat(now.requiredCount()).isEqualTo(4);
        assertThat(now.year()).isEqualTo(1);
    }

    @Test
    void aBoardAdoptsEachKindOnce() {
        EnrolmentFixtures.signIn(hr);
        long copy = programmes.adopt(ProgrammeKind.STARTING_TEACHER);
        assertRefused(() -> programmes.adopt(ProgrammeKind.STARTING_TEACHER), "induction.programme.already-adopted");
        assertThat(programmes.boardProgrammes()).extracting(ProgrammeSummary::id).containsExactly(copy);
        long template = fixtures.template(ProgrammeKind.STARTING_TEACHER);
        assertThat(milestones.milestonesOf(copy)).extracting(MilestoneRow::originId)
                .containsExactlyInAnyOrderElementsOf(milestones.milestonesOf(template).stream()
                        .map(m -> (Long) m.id()).toList());
        // Another board adopts the same kind for itself.
        EnrolmentFixtures.signIn(otherHr);
        assertThat(programmes.adopt(ProgrammeKind.STARTING_TEACHER)).isNotEqualTo(copy);
    }

    @Test
    void aTemplateChangeNeverOverwritesTheBoardsCopyAndOnlyTheDesksChangesAreShown() {
        EnrolmentFixtures.signIn(hr);
        long copy = programmes.adopt(ProgrammeKind.STARTING_TEACHER);
        long template = fixtures.template(ProgrammeKind.STARTING_TEACHER);
        // The board tailors: one more lesson visit, a different helper for the coach, no final reflection.
        long visit = fixtures.milestone(copy, 1, VISIT);
        programmes.updateMilestone(visit, fixtures.version(visit), draft(1, VISIT, 4));
        long coach = fixtures.milestone(copy, 2, COACH);
        programmes.updateMilestone(coach, fixtures.version(coach),
                new MilestoneDraft(2, MilestoneKind.MENTOR_CONVERSATION, COACH, 4, Helper.SCHOOL_CONTACT));
        long reflection = fixtures.milestone(copy, 3, "Eindreflectie en persoonlijk ontwikkelplan");
        programmes.removeMilestone(reflection, fixtures.version(reflection));
        assertThat(programmes.templateChanges(copy)).isEmpty();
        List<MilestoneRow> tailored = milestones.milestonesOf(copy);

        // The desk changes the template: the lesson visits of year 1 (count and helper), a new milestone,
        // and one removed.
        EnrolmentFixtures.signIn(coordinator);
        int before = fixtures.revision(template);
        long theirVisit = fixtures.milestone(template, 1, VISIT);
        programmes.updateMilestone(theirVisit, fixtures.version(theirVisit),
                new MilestoneDraft(1, MilestoneKind.CLASSROOM_OBSERVATION, VISIT, 5, Helper.SCHOOL_CONTACT));
        long added = programmes.addMilestone(template, new MilestoneDraft(2, MilestoneKind.COURSE,
                "Cursus omgaan met ouders", 1, Helper.HR));
        long theirCourse = fixtures.milestone(template, 1, "Cursus klassenmanagement");
        programmes.removeMilestone(theirCourse, fixtures.version(theirCourse));
        assertThat(fixtures.revision(template)).isEqualTo(before + 3);

        // The board's copy is as the board left it, and shows behind.
        EnrolmentFixtures.signIn(hr);
        assertThat(milestones.milestonesOf(copy)).isEqualTo(tailored);
        assertThat(programmes.boardProgrammes()).singleElement().satisfies(p -> assertThat(p.behind()).isTrue());
        List<TemplateChange> changes = programmes.templateChanges(copy);
        // Not the board's own tailoring (the coach's helper, the removed reflection); only the desk's changes.
        assertThat(changes).extracting(TemplateChange::type, TemplateChange::originId)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Type.CHANGED, theirVisit),
                        org.assertj.core.groups.Tuple.tuple(Type.ADDED, added),
                        org.assertj.core.groups.Tuple.tuple(Type.REMOVED, theirCourse));
        TemplateChange changed = changes.stream().filter(c -> c.type() == Type.CHANGED).findFirst().orElseThrow();
        assertThat(changed.fields()).containsExactlyInAnyOrder(Field.COUNT, Field.HELPER);

        // Taking over the changed visits gives the desk's count and helper; the added course is left.
        programmes.takeOver(copy, changed);
        programmes.takeOver(copy, changes.stream().filter(c -> c.type() == Type.REMOVED).findFirst().orElseThrow());
        assertRefused(() -> programmes.takeOver(copy, changed), "induction.template-change.gone");
        List<MilestoneRow> after = milestones.milestonesOf(copy);
        assertThat(after).filteredOn(m -> m.id() == visit).singleElement()
                .satisfies(m -> assertThat(m.requiredCount() + " " + m.helper()).isEqualTo("5 SCHOOL_CONTACT"));
        assertThat(after).extracting(MilestoneRow::originId).doesNotContain(theirCourse, added);
        assertThat(after).filteredOn(m -> m.id() == coach).singleElement()
                .satisfies(m -> assertThat(m.helper()).isEqualTo(Helper.SCHOOL_CONTACT));
        assertThat(programmes.templateChanges(copy)).extracting(TemplateChange::type).containsExactly(Type.ADDED);

        // Marking reviewed leaves the added course out and shows nothing more.
        ProgrammeSummary summary = programmes.boardProgrammes().getFirst();
        assertRefused(() -> programmes.markReviewed(copy, summary.version(), summary.revision() - 1),
                ProgrammeService.CHANGED_MEANWHILE);
        programmes.markReviewed(copy, summary.version(), summary.revision());
        assertThat(programmes.templateChanges(copy)).isEmpty();
        assertThat(programmes.boardProgrammes()).singleElement().satisfies(p -> assertThat(p.behind()).isFalse());
        assertThat(milestones.milestonesOf(copy)).extracting(MilestoneRow::originId).doesNotContain(added);
        // The removed template milestone is gone from the template for everybody who reads it.
        assertThat(milestones.milestonesOf(template)).extracting(MilestoneRow::id).doesNotContain(theirCourse)
                .contains(added);
    }

    private static MilestoneDraft draft(int year, String title, int count) {
        return new MilestoneDraft(year, MilestoneKind.CLASSROOM_OBSERVATION, title, count, Helper.MENTOR);
    }

    private static void assertRefused(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
