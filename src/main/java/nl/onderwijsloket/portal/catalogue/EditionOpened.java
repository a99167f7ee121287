package nl.onderwijsloket.portal.catalogue;

/**
 * A provider moved a planned edition on (to OPEN or CLOSED): the requests made while it was planned can be
 * handled now. Published inside the transaction of the change, while the edition's row is locked.
 */
public record EditionOpened(long editionId, EditionStatus status) {
}
