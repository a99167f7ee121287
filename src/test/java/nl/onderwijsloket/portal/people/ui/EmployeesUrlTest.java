package nl.onderwijsloket.portal.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.onderwijsloket.portal.people.EmployeeFilter;
import nl.onderwijsloket.portal.people.JobFunction;
import org.junit.jupiter.api.Test;

/** The employee list's filter survives the round trip through the URL; junk in a URL is ignored. */
class EmployeesUrlTest {

    @Test
    void anEmptyFilterIsAnEmptyQuery() {
        assertThat(EmployeesUrl.toParameters(EmployeeFilter.empty()).getQueryString()).isEmpty();
        assertThat(EmployeesUrl.fromParameters(QueryParameters.empty())).isEqualTo(EmployeeFilter.empty());
    }

    @Test
    void everyFilterMakesTheRoundTripInAStableOrder() {
        var filter = new EmployeeFilter("de vries", Set.of(14L, 12L),
                Set.of(JobFunction.STARTENDE_LERAAR, JobFunction.LERAAR), 3L);
        QueryParameters parameters = EmployeesUrl.toParameters(filter);

        assertThat(parameters.getParameters()).isEqualTo(Map.of(
                "q", List.of("de vries"),
                "bestuur", List.of("3"),
                "school", List.of("12", "14"),
                "functie", List.of("leraar", "startende-leraar")));
        assertThat(EmployeesUrl.fromParameters(parameters)).isEqualTo(filter);
    }

    @Test
    void unknownAndMalformedValuesAreIgnored() {
        EmployeeFilter filter = EmployeesUrl.fromParameters(QueryParameters.fromString(
                "school=12&school=twaalf&functie=directeur&functie=mentor&bestuur=x&onbekend=1"));

        assertThat(filter.schoolIds()).containsExactly(12L);
        assertThat(filter.functions()).containsExactly(JobFunction.MENTOR);
        assertThat(filter.boardId()).isNull();
        assertThat(filter.text()).isEmpty();
    }

    @Test
    void commaSeparatedValuesAreAcceptedToo() {
        EmployeeFilter filter = EmployeesUrl.fromParameters(QueryParameters.fromString("school=1,2&functie=leraar,staff"));
        assertThat(filter.schoolIds()).containsExactlyInAnyOrder(1L, 2L);
        assertThat(filter.functions()).containsExactlyInAnyOrder(JobFunction.LERAAR, JobFunction.STAFF);
    }
}
