package nl.onderwijsloket.portal.ui;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import nl.onderwijsloket.portal.common.RuleViolation;
import org.hibernate.TransactionException;
import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * What a user is told when a call fails: a service's refusal in its own words, a conflict, an unreachable
 * database, or (for anything unexpected) a general message with a short reference under which the whole
 * exception is logged. Never the exception's own text: that may hold SQL, class names or other people's data.
 *
 * @param messageKey translation key of what to tell the user
 * @param arguments  arguments of that translation
 * @param reference  for unexpected failures the reference logged with the exception, else null
 */
public record Failure(Kind kind, String messageKey, Object[] arguments, String reference) {

    private static final Logger LOG = LoggerFactory.getLogger(Failure.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Letters and digits that cannot be mistaken for one another when read aloud or over the phone. */
    private static final char[] REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    public enum Kind {
        /** A rule said no; nothing changed. */
        REFUSED,
        /** The user may not do this (or no longer: signed out meanwhile). */
        ACCESS_DENIED,
        /** Somebody else changed the same thing meanwhile; nothing was saved. */
        CONFLICT,
        /** The database cannot be reached; nothing was saved; the portal recovers by itself. */
        UNAVAILABLE,
        /** Anything else: logged under the reference. */
        UNEXPECTED
    }

    /** Classifies the exception; an unexpected one is logged (whole, with its stack trace) under a new reference. */
    public static Failure of(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof RuleViolation rule) {
                return new Failure(Kind.REFUSED, rule.messageKey(), rule.arguments(), null);
            }
            if (cause instanceof AccessDeniedException || cause instanceof AuthenticationException) {
                return new Failure(Kind.ACCESS_DENIED, "error.access-denied", new Object[0], null);
            }
            if (cause instanceof OptimisticLockingFailureException || cause instanceof PessimisticLockingFailureException) {
                return new Failure(Kind.CONFLICT, "error.conflict", new Object[0], null);
            }
            if (unavailable(cause)) {
                LOG.warn("Database unreachable: {}", cause.toString());
                return new Failure(Kind.UNAVAILABLE, "error.unavailable", new Object[0], null);
            }
        }
        String reference = newReference();
        LOG.error("Unexpected failure, reference {}", reference, exception);
        return new Failure(Kind.UNEXPECTED, "error.unexpected", new Object[] {reference}, reference);
    }

    private static boolean unavailable(Throwable cause) {
        return cause instanceof DataAccessResourceFailureException
                || cause instanceof CannotCreateTransactionException
                || cause instanceof QueryTimeoutException
                || cause instanceof JDBCConnectionException
                || cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLRecoverableException
                || cause instanceof java.net.ConnectException
                || failedToEndTransaction(cause);
    }

    /**
     * A commit or rollback that the database did not answer (the connection went away in the middle of a
     * transaction): the server rolls the transaction back, so nothing was saved; to the user it is the
     * database being out of reach.
     */
    private static boolean failedToEndTransaction(Throwable cause) {
        return (cause instanceof TransactionSystemException || cause instanceof TransactionException)
                && cause.getCause() instanceof SQLException;
    }

    static String newReference() {
        var reference = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                reference.append('-');
            }
            reference.append(REFERENCE_ALPHABET[RANDOM.nextInt(REFERENCE_ALPHABET.length)]);
        }
        return reference.toString();
    }
}
