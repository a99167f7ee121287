package nl.onderwijsloket.portal.notification;

/**
 * A feature's writer of deferred mails. A feature that does not want to render mails inside the transaction
 * of a change (which may hold a busy row lock) stores a small notice row there instead, and composes the
 * mails from it here. The outbox sender runs every composer bean before each send round, on whichever node
 * runs the round; a composer does its work in batches through {@link MailComposition}.
 */
public interface MailComposer {

    /** Composes what is waiting; returns how many notices were handled. */
    int composePending();
}
