package nl.onderwijsloket.portal.catalogue;

/**
 * A provider gave an edition more seats. Published inside the transaction of the change, while the edition's
 * row is locked.
 */
public record EditionCapacityRaised(long editionId, int from, int to) {
}
