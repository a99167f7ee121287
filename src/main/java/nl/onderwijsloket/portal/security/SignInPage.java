package nl.onderwijsloket.portal.security;

/**
 * Where signing in starts: the portal's own login view (local accounts) or the identity provider.
 *
 * @param path     path of the sign-in page, relative to the portal's root
 * @param external true when the path is not a view of the portal (the browser must load it itself)
 */
public record SignInPage(String path, boolean external) {
}
