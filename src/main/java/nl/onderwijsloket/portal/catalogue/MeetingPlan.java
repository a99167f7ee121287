package nl.onderwijsloket.portal.catalogue;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** One meeting of an edition as the provider plans it: a day, a start and end time, and a topic. */
public record MeetingPlan(LocalDate date, LocalTime start, LocalTime end, @Nullable String topic) {
}
