package nl.onderwijsloket.portal.security;

/** How an identity provider's sign-in relates to the portal's accounts. */
public enum SignInStatus {
    /** Linked to an enabled account: the user works in the portal with the provider's roles. */
    LINKED,
    /** No account and no person matches yet: a coordinator has to link the sign-in. */
    UNLINKED,
    /** Linked to an account that has been disabled in the portal. */
    DISABLED
}
