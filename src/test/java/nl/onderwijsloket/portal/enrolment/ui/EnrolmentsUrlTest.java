package nl.onderwijsloket.portal.enrolment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.util.Set;
import nl.onderwijsloket.portal.enrolment.EnrolmentSearch;
import nl.onderwijsloket.portal.enrolment.EnrolmentStatus;
import org.junit.jupiter.api.Test;

/** The enrolment list's search survives the round trip through the address; older and junk values too. */
class EnrolmentsUrlTest {

    @Test
    void everyFilterMakesTheRoundTrip() {
        var search = new EnrolmentSearch("jansen",
                Set.of(EnrolmentStatus.WAITLISTED, EnrolmentStatus.AWAITING_APPROVAL), 12L, 1L);
        QueryParameters query = EnrolmentsUrl.toParameters(search);
        assertThat(query.getQueryString().split("&")).containsExactlyInAnyOrder(
                "q=jansen", "status=awaiting-approval", "status=waitlisted", "cursus=12", "bestuur=1");
        assertThat(EnrolmentsUrl.fromParameters(query, false)).isEqualTo(search);
        assertThat(EnrolmentsUrl.toParameters(EnrolmentSearch.all()).getQueryString()).isEmpty();
    }

    @Test
    void addressesAsTheyWereWrittenBeforeStillWork() {
        EnrolmentSearch search = EnrolmentsUrl.fromParameters(
                QueryParameters.fromString("bestuur=1&cursus=12&status=waitlisted&status=awaiting_approval"), false);
        assertThat(search.statuses()).containsExactlyInAnyOrder(EnrolmentStatus.WAITLISTED,
                EnrolmentStatus.AWAITING_APPROVAL);
        assertThat(search.courseId()).isEqualTo(12L);
        assertThat(search.boardId()).isEqualTo(1L);
    }

    @Test
    void theApprovalsAddressShowsTheRequestsUnlessItNamesAStatus() {
        assertThat(EnrolmentsUrl.fromParameters(QueryParameters.empty(), true).statuses())
                .containsExactly(EnrolmentStatus.AWAITING_APPROVAL);
        assertThat(EnrolmentsUrl.fromParameters(QueryParameters.fromString("status=enrolled"), true).statuses())
                .containsExactly(EnrolmentStatus.ENROLLED);
        assertThat(EnrolmentsUrl.fromParameters(QueryParameters.empty(), false).statuses()).isEmpty();
    }

    @Test
    void junkIsIgnored() {
        EnrolmentSearch search = EnrolmentsUrl.fromParameters(
                QueryParameters.fromString("status=onbekend&cursus=abc&bestuur=-1&q="), false);
        assertThat(search).isEqualTo(EnrolmentSearch.all());
    }
}
