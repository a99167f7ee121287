package nl.onderwijsloket.portal.notification;

/**
 * The iTIP method (RFC 5546) of a calendar part: it tells the recipient's calendar what to do with the
 * entries. A feed of published entries (PUBLISH) can be added when a feature needs one.
 */
public enum CalendarMethod {
    /** Add the entries, or replace earlier versions with the same UID and a lower SEQUENCE. */
    REQUEST,
    /** Remove the entries with these UIDs. */
    CANCEL
}
