package nl.onderwijsloket.portal.security;

import org.jspecify.annotations.Nullable;

/**
 * Someone signed in through the identity provider whom the portal cannot place: no account or person
 * matches ({@link SignInStatus#UNLINKED}) or the matching account is disabled ({@link SignInStatus#DISABLED}).
 */
public record UnlinkedUser(String displayName, @Nullable String email, SignInStatus status) {
}
