package nl.onderwijsloket.portal.enrolment;

import java.time.LocalDate;

/** An edition to pick from, e.g. to open its participant list. */
public record EditionChoice(long id, String courseTitle, String providerName, LocalDate startDate,
                            LocalDate endDate) {
}
