package nl.onderwijsloket.portal.people;

/** A school as an option of a filter; {@code boardId} lets a coordinator's list narrow to one board. */
public record SchoolOption(long id, String name, String town, Sector sector, long boardId) {
}
