package nl.onderwijsloket.portal.catalogue;

import org.jspecify.annotations.Nullable;

/**
 * A provider cancelled an edition (its status is CANCELLED already), with the reason given, if any.
 * Published inside the transaction of the change, while the edition's row is locked.
 */
public record EditionCancelled(long editionId, @Nullable String reason) {
}
