package nl.onderwijsloket.portal.catalogue;

/** A course named by id and title, e.g. the course a provider plans a new edition of. */
public record CourseRef(long id, String title) {
}
