package nl.onderwijsloket.portal.catalogue;

/** A provider as a filter option. */
public record ProviderOption(long id, String name) {
}
