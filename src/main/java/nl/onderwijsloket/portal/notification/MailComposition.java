package nl.onderwijsloket.portal.notification;

import java.util.function.Supplier;
import nl.onderwijsloket.portal.notification.data.ComposeLockSql;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one batch of a {@link MailComposer}: a new transaction (READ COMMITTED, so claiming notices takes no
 * gap locks that would hold up the changes adding new ones) that first takes the portal-wide composing lock.
 * Batches of every composer on every node therefore run one after the other, in the order they get the lock.
 *
 * <p>That order is what keeps calendars right: a batch reads what its entries say (meetings, who is enrolled)
 * after every earlier batch committed, and the outbox numbers each entry it writes one higher than the last
 * one written for that UID. So an entry written later always says the newer thing with the higher SEQUENCE,
 * and two notices about the same person are composed in the order of their changes, even when two nodes
 * compose at once.
 */
@Component
public class MailComposition {

    private final TransactionTemplate transaction;
    private final ComposeLockSql lock;

    MailComposition(PlatformTransactionManager transactions, ComposeLockSql lock) {
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.lock = lock;
    }

    /** Runs {@code work} in its own transaction under the composing lock and commits it; returns its result. */
    public <T> @Nullable T batch(Supplier<T> work) {
        return transaction.execute(status -> {
            lock.take();
            return work.get();
        });
    }
}
