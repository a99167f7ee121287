package nl.onderwijsloket.portal.people.importing.data;

/** A school as the import looks it up: by BRIN code or name, with the board it belongs to. */
public record SchoolRef(long id, String brin, String name, long boardId) {
}
