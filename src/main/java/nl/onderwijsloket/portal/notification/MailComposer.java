package nl.onderwijsloket.portal.notification;

/** Writes mails for changes noted earlier into the outbox; the sender runs every composer before it sends. */
interface MailComposer {

    /** Composes what is waiting; returns how many changes were handled. */
    int composePending();
}
