package nl.onderwijsloket.portal.enrolment;

/** A course that has enrolments in the user's scope, to narrow the enrolment list to it. */
public record CourseChoice(long id, String title) {
}
