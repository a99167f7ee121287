package nl.onderwijsloket.portal.induction.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import nl.onderwijsloket.portal.KaribuTest;
import nl.onderwijsloket.portal.enrolment.EnrolmentFixtures;
import nl.onderwijsloket.portal.induction.Helper;
import nl.onderwijsloket.portal.induction.MilestoneDraft;
import nl.onderwijsloket.portal.induction.MilestoneKind;
import nl.onderwijsloket.portal.induction.MilestoneRow;
import nl.onderwijsloket.portal.induction.ProgrammeFixtures;
import nl.onderwijsloket.portal.induction.ProgrammeKind;
import nl.onderwijsloket.portal.induction.ProgrammeMilestones;
import nl.onderwijsloket.portal.induction.ProgrammeService;
import nl.onderwijsloket.portal.security.PortalUser;
import nl.onderwijsloket.portal.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * HR of a board opens "Inductieprogramma", adopts the regional programme for starting teachers, adds a
 * milestone and raises the count of another. The desk then adds a milestone to the regional template; HR
 * sees the change, takes it over and marks the template reviewed. HR of another board can change nothing of it.
 */
class HrAdoptsAndTailorsTheProgrammeTest extends KaribuTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProgrammeService programmes;
    @Autowired
    ProgrammeMilestones milestones;

    EnrolmentFixtures people;
    ProgrammeFixtures fixtures;
    PortalUser hr;
    PortalUser otherHr;
    PortalUser coordinator;

    @BeforeEach
    void setUp() {
        people = new EnrolmentFixtures(jdbc);
        fixtures = new ProgrammeFixtures(jdbc);
        long board = people.board("Bestuur Maatwerk");
        long otherBoard = people.board("Bestuur Anders");
        fixtures.watch(board, otherBoard);
        fixtures.keep(ProgrammeKind.STARTING_TEACHER);
        hr = people.account("Hilde HR", Set.of(Role.HR), null, board, null);
        otherHr = people.account("Otto HR", Set.of(Role.HR), null, otherBoard, null);
        coordinator = people.account("Carla Loket", Set.of(Role.COORDINATOR), null, null, null);
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        fixtures.removeAll();
        people.removeAll();
    }

    @Test
    void adoptTailorTakeOverADeskChangeAndMarkItReviewed() {
        signInAs(hr.username());
        navigate("inductie/programma");
        assertThat(_find(Grid.class)).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("adopt-starting-teacher")));
        assertThat(currentLocation()).isEqualTo("inductie/programma?soort=starting-teacher");
        long copy = programmes.boardProgrammes().getFirst().id();
        long template = fixtures.template(ProgrammeKind.STARTING_TEACHER);
        int yearOne = (int) milestones.milestonesOf(template).stream().filter(m -> m.year() == 1).count();
        assertThat(GridKt._size(year(1))).isEqualTo(yearOne);

        // A milestone of the board's own.
        _click(_get(Button.class, spec -> spec.withId("milestone-add-year-1")));
        _setValue(_get(TextField.class, spec -> spec.withId("milestone-title")), "Kennismaking met het bestuursbureau");
        _setValue(select("milestone-kind"), MilestoneKind.COURSE);
        _setValue(select("milestone-helper"), Helper.HR);
        _setValue(_get(IntegerField.class, spec -> spec.withId("milestone-count")), 25);
        _click(_get(Button.class, spec -> spec.withId("milestone-save")));
        // 25 is more than a year holds: the form says so and nothing is saved.
        assertThat(milestones.milestonesOf(copy)).noneMatch(m -> m.title().startsWith("Kennismaking"));
        _setValue(_get(IntegerField.class, spec -> spec.withId("milestone-count")), 2);
        _click(_get(Button.class, spec -> spec.withId("milestone-save")));
        assertThat(GridKt._size(year(1))).isEqualTo(yearOne + 1);
        assertThat(milestones.milestonesOf(copy)).filteredOn(m -> m.originId() == null).singleElement()
                .satisfies(m -> assertThat(List.<Object>of(m.year(), m.kind(), m.requiredCount(), m.helper()))
                        .containsExactly(1, MilestoneKind.COURSE, 2, Helper.HR));

        // One more lesson visit in year 1.
        int visitRow = rowOf(year(1), "Lesbezoek met nagesprek");
        _click(_get(GridKt._getCellComponent(year(1), visitRow, "actions"), Button.class,
                spec -> spec.withClasses("milestone-edit")));
        _setValue(_get(IntegerField.class, spec -> spec.withId("milestone-count")), 4);
        _click(_get(Button.class, spec -> spec.withId("milestone-save")));
        long visit = fixtures.milestone(copy, 1, "Lesbezoek met nagesprek");
        assertThat(milestones.milestonesOf(copy)).filteredOn(m -> m.id() == visit).singleElement()
                .satisfies(m -> assertThat(m.requiredCount()).isEqualTo(4));
        assertThat(_find(Section.class, spec -> spec.withId("template-changes"))).isEmpty();

        // The desk adds a milestone to the regional template.
        EnrolmentFixtures.signIn(coordinator);
        programmes.addMilestone(template, new MilestoneDraft(2, MilestoneKind.INTERVISION,
                "Intervisie over passend onderwijs", 2, Helper.DESK));

        signInAs(hr.username());
        navigate("inductie/programma?soort=starting-teacher");
        Section panel = _get(Section.class, spec -> spec.withId("template-changes"));
        List<ListItem> changes = _find(panel, ListItem.class, spec -> spec.withClasses("template-change"));
        assertThat(changes).singleElement().satisfies(item ->
                assertThat(item.getElement().getTextRecursively()).contains("Toegevoegd", "Intervisie over passend onderwijs"));
        int yearTwo = GridKt._size(year(2));
        _click(_get(changes.getFirst(), Button.class, spec -> spec.withClasses("take-over")));
        assertThat(GridKt._size(year(2))).isEqualTo(yearTwo + 1);
        assertThat(rowOf(year(2), "Intervisie over passend onderwijs")).isEqualTo(yearTwo);
        // The board's own count stayed as it was.
        assertThat(milestones.milestonesOf(copy)).filteredOn(m -> m.id() == visit).singleElement()
                .satisfies(m -> assertThat(m.requiredCount()).isEqualTo(4));
        _click(_get(Button.class, spec -> spec.withId("template-changes-mark-reviewed")));
        assertThat(_find(Section.class, spec -> spec.withId("template-changes"))).isEmpty();
        assertThat(programmes.boardProgrammes().getFirst().behind()).isFalse();

        // HR of another board sees no programme of this board and can change none of it.
        signInAs(otherHr.username());
        navigate("inductie/programma?soort=starting-teacher");
        assertThat(_find(Grid.class)).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("adopt-starting-teacher"))).hasSize(1);
        EnrolmentFixtures.signIn(otherHr);
        List<MilestoneRow> before = milestones.milestonesOf(copy);
        assertThatThrownBy(() -> programmes.updateMilestone(visit, fixtures.version(visit),
                new MilestoneDraft(1, MilestoneKind.CLASSROOM_OBSERVATION, "Overgenomen", 1, Helper.MENTOR)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programmes.programme(copy)).isInstanceOf(AccessDeniedException.class);
        assertThat(milestones.milestonesOf(copy)).isEqualTo(before);
    }

    @SuppressWarnings("unchecked")
    private static Grid<MilestoneRow> year(int year) {
        return _get(Grid.class, spec -> spec.withId("milestones-year-" + year));
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    private static int rowOf(Grid<MilestoneRow> grid, String title) {
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).title().equals(title)) {
                return i;
            }
        }
        throw new AssertionError("no row " + title);
    }

}
