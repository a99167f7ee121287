package nl.onderwijsloket.portal.induction;

import org.jspecify.annotations.Nullable;

/**
 * What a user fills in for a milestone. Nothing is checked here: {@link ProgrammeService} refuses a draft
 * that breaks a rule (a count outside 1..20, a year outside the programme, no title) with a translated
 * {@link nl.onderwijsloket.portal.common.RuleViolation}.
 *
 * @param year          the programme year it belongs to, 1 first
 * @param requiredCount how many of it a starter does in that year
 */
public record MilestoneDraft(int year, @Nullable MilestoneKind kind, @Nullable String title, int requiredCount,
                             @Nullable Helper helper) {

    /** Lowest and highest number of times a milestone may be required in a year. */
    public static final int MIN_COUNT = 1;
    public static final int MAX_COUNT = 20;
    public static final int MAX_TITLE = 200;
}
