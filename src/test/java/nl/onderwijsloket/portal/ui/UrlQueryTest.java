package nl.onderwijsloket.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Filters go into the address without their unset values and come out again; junk in an address is ignored. */
class UrlQueryTest {

    private static UrlQuery.Reader read(String query) {
        return UrlQuery.read(QueryParameters.fromString(query));
    }

    @Test
    void onlyWhatIsSetIsWritten() {
        QueryParameters query = UrlQuery.write()
                .text("q", "  de vries ")
                .text("leeg", "   ")
                .id("bestuur", 3L)
                .id("geen", null)
                .ids("school", Set.of(14L, 2L, 12L))
                .codes("dag", Set.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY))
                .date("vanaf", LocalDate.of(2027, 1, 31))
                .date("tot", null)
                .yes("vrij", true)
                .yes("nee", false)
                .toParameters();

        assertThat(query.getParameters()).isEqualTo(Map.of(
                "q", List.of("de vries"),
                "bestuur", List.of("3"),
                "school", List.of("2", "12", "14"),
                "dag", List.of("monday", "friday"),
                "vanaf", List.of("2027-01-31"),
                "vrij", List.of("ja")));
        assertThat(UrlQuery.write().ids("school", List.of()).codes("dag", Set.<DayOfWeek>of()).toParameters()
                .getQueryString()).isEmpty();
    }

    @Test
    void whatIsWrittenReadsBack() {
        var url = read(UrlQuery.write().text("q", "lezen").ids("school", Set.of(1L, 2L))
                .codes("dag", Set.of(DayOfWeek.SUNDAY)).date("vanaf", LocalDate.of(2027, 3, 3)).yes("vrij", true)
                .toParameters().getQueryString());
        assertThat(url.text("q")).isEqualTo("lezen");
        assertThat(url.ids("school")).containsExactlyInAnyOrder(1L, 2L);
        assertThat(url.codes("dag", DayOfWeek.class)).containsExactly(DayOfWeek.SUNDAY);
        assertThat(url.date("vanaf")).contains(LocalDate.of(2027, 3, 3));
        assertThat(url.yes("vrij")).isTrue();
    }

    @Test
    void malformedIdsAreLeftOut() {
        var url = read("school=12&school=twaalf&school=-1&school=1.5&school=99999999999999999999&school=%00&school=");
        assertThat(url.ids("school")).containsExactly(12L);
        assertThat(url.ids("ontbreekt")).isEmpty();
    }

    @Test
    void oneIdIsThereOnlyWhenExactlyOneIsNamed() {
        assertThat(read("bestuur=7").id("bestuur")).contains(7L);
        assertThat(read("bestuur=x&bestuur=7").id("bestuur")).contains(7L);
        assertThat(read("bestuur=7&bestuur=7").id("bestuur")).contains(7L);
        assertThat(read("bestuur=7&bestuur=8").id("bestuur")).as("ambiguous").isEmpty();
        assertThat(read("bestuur=7,8").id("bestuur")).as("ambiguous").isEmpty();
        assertThat(read("bestuur=abc").id("bestuur")).isEmpty();
        assertThat(read("").id("bestuur")).isEmpty();
    }

    @Test
    void codesAreReadIgnoringCaseAndUnderscoresAndUnknownOnesAreLeftOut() {
        enum Status { AWAITING_APPROVAL, WAITLISTED }
        assertThat(read("s=awaiting-approval").codes("s", Status.class)).containsExactly(Status.AWAITING_APPROVAL);
        assertThat(read("s=awaiting_approval").codes("s", Status.class)).as("as older addresses wrote it")
                .containsExactly(Status.AWAITING_APPROVAL);
        assertThat(read("s=WAITLISTED,onbekend,,%25").codes("s", Status.class)).containsExactly(Status.WAITLISTED);
        assertThat(UrlQuery.code(Status.AWAITING_APPROVAL)).isEqualTo("awaiting-approval");
    }

    @Test
    void impossibleOrForeignDatesAreNoDate() {
        assertThat(read("vanaf=2026-02-31").date("vanaf")).isEmpty();
        assertThat(read("vanaf=31-12-2026").date("vanaf")).isEmpty();
        assertThat(read("vanaf=").date("vanaf")).isEmpty();
        assertThat(read("vanaf=morgen").date("vanaf")).isEmpty();
    }

    @Test
    void onlyJaIsYesAndTextIsTakenAsItIs() {
        assertThat(read("vrij=misschien").yes("vrij")).isFalse();
        assertThat(read("vrij=ja,nee").yes("vrij")).isFalse();
        assertThat(read("").yes("vrij")).isFalse();
        assertThat(read("q=lezen,%20schrijven&q=tweede").text("q")).isEqualTo("lezen, schrijven");
        assertThat(read("").text("q")).isEmpty();
        assertThat(read("q").has("q")).isTrue();
    }
}
