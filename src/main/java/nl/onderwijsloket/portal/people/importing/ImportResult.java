package nl.onderwijsloket.portal.people.importing;

/** What a committed import did: employees added, changed, found unchanged, and rows skipped for errors. */
public record ImportResult(int created, int updated, int unchanged, int skipped) {
}
