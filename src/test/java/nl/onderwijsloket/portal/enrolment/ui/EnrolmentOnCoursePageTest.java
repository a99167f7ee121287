package nl.onderwijsloket.portal.enrolment.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import nl.onderwijsloket.portal.KaribuTest;
import nl.onderwijsloket.portal.enrolment.EnrolmentService;
import nl.onderwijsloket.portal.security.CurrentUser;
import nl.onderwijsloket.portal.security.PortalUser;
import nl.onderwijsloket.portal.ui.EditionActions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Enrolment's part of the course page looks up the user's enrolments once per page, not once per edition. */
class EnrolmentOnCoursePageTest extends KaribuTest {

    private static final List<EditionActions.Edition> EDITIONS = List.of(
            new EditionActions.Edition(11, true, false, false),
            new EditionActions.Edition(12, true, true, false),
            new EditionActions.Edition(13, false, false, true));

    @Autowired
    List<EditionActions> contributions;
    @Autowired
    CurrentUser currentUser;

    @Test
    void enrolmentContributesToTheCoursePage() {
        assertThat(contributions).hasAtLeastOneElementOfType(EnrolmentOnCoursePage.class);
    }

    @Test
    void oneLookUpForAllEditionsOfThePage() {
        signInAs("leraar");
        PortalUser teacher = currentUser.find().orElseThrow();
        EnrolmentService enrolments = mock(EnrolmentService.class);
        when(enrolments.mine(anyCollection())).thenReturn(Map.of());

        var page = new EnrolmentOnCoursePage(enrolments).forPage(EDITIONS, teacher, () -> { });
        EDITIONS.forEach(page::under);

        verify(enrolments, times(1)).mine(List.of(11L, 12L, 13L));
    }

    @Test
    void aVisitorCostsNoLookUpAndIsAskedToSignIn() {
        EnrolmentService enrolments = mock(EnrolmentService.class);

        var page = new EnrolmentOnCoursePage(enrolments).forPage(EDITIONS, null, () -> { });

        assertThat(page.under(EDITIONS.getFirst()).getElement().getTextRecursively())
                .isEqualTo("Log in om je in te schrijven");
        assertThat(page.under(EDITIONS.get(2)).getElement().getTextRecursively()).as("closed: nothing to offer")
                .isEmpty();
        verifyNoInteractions(enrolments);
    }
}
