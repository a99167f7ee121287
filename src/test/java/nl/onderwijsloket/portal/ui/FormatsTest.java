package nl.onderwijsloket.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Dates, times and amounts in the UI's language; Dutch where there is no UI. */
class FormatsTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 3);

    /** Held here: Vaadin keeps the current UI only weakly (a session holds it in the running portal). */
    private UI ui;

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    private void uiIn(Locale locale) {
        ui = new UI();
        ui.setLocale(locale);
        UI.setCurrent(ui);
    }

    @Test
    void withoutAUiEverythingIsDutch() {
        assertThat(Formats.locale()).isEqualTo(Locale.of("nl"));
        assertThat(Formats.date(DAY)).isEqualTo("3 maart 2027");
    }

    @Test
    void inDutch() {
        uiIn(Locale.of("nl"));
        assertThat(Formats.date(DAY)).isEqualTo("3 maart 2027");
        assertThat(Formats.shortDate(DAY)).isEqualTo("3 mrt 2027");
        assertThat(Formats.dayAndDate(DAY)).isEqualTo("woensdag 3 maart 2027");
        assertThat(Formats.dayAndMonth(DAY)).isEqualTo("3 mrt");
        assertThat(Formats.timeRange(LocalTime.of(15, 30), LocalTime.of(17, 0))).isEqualTo("15:30–17:00");
        assertThat(Formats.dateTime(LocalDateTime.of(2027, 3, 3, 15, 30))).isEqualTo("3 mrt 2027, 15:30");
        assertThat(Formats.euros(125_000)).as("a non-breaking space after the sign").isEqualTo("€\u00a01.250");
        assertThat(Formats.euros(1_250)).isEqualTo("€\u00a012,50");
        assertThat(Formats.number(12_345)).isEqualTo("12.345");
    }

    @Test
    void inEnglish() {
        uiIn(Locale.ENGLISH);
        assertThat(Formats.date(DAY)).isEqualTo("March 3, 2027");
        assertThat(Formats.shortDate(DAY)).isEqualTo("Mar 3, 2027");
        assertThat(Formats.dayAndDate(DAY)).isEqualTo("Wednesday, March 3, 2027");
        assertThat(Formats.dayAndMonth(DAY)).isEqualTo("3 Mar");
        assertThat(Formats.time(LocalTime.of(9, 5))).as("24-hour clock, as in the Netherlands").isEqualTo("09:05");
        // Euros as written in the Netherlands, also in English.
        assertThat(Formats.euros(125_000)).isEqualTo("€\u00a01.250");
        assertThat(Formats.number(12_345)).isEqualTo("12,345");
    }

    @Test
    void aLanguageThePortalDoesNotSpeakIsDutch() {
        uiIn(Locale.GERMAN);
        assertThat(Formats.date(DAY)).isEqualTo("3 maart 2027");
    }

    @Test
    void aStoredMomentIsShownAsTheTimeInTheRegion() {
        uiIn(Locale.of("nl"));
        // 14:30 UTC is 15:30 in Amsterdam in winter and 16:30 in summer.
        assertThat(Formats.dateTime(Instant.parse("2027-01-10T14:30:00Z"))).endsWith("15:30");
        assertThat(Formats.dateTime(Instant.parse("2027-07-10T14:30:00Z"))).endsWith("16:30");
    }
}
