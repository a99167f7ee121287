package nl.onderwijsloket.portal.enrolment.data;

import org.jspecify.annotations.Nullable;

/**
 * A person asking for a place in an edition: who they are, their earlier enrolment in this edition (one
 * row per person and edition, so a cancelled one is reopened) and whether they completed the course before.
 */
public record Applicant(PersonRef person, @Nullable EnrolmentRow existing, boolean completedCourse) {
}
