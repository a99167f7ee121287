package nl.onderwijsloket.portal.security;

/** A link that can no longer be made: someone else linked the account, person or sign-in first. */
public class LinkConflictException extends RuntimeException {

    public LinkConflictException(String message) {
        super(message);
    }
}
