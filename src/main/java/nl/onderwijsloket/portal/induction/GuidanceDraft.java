package nl.onderwijsloket.portal.induction;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A meeting to add to the guidance log, as mentor or starter typed it. */
public record GuidanceDraft(LocalDate metOn, String topics, @Nullable String agreements, @Nullable String nextStep) {
}
