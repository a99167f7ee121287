package nl.onderwijsloket.portal.people.importing;

/**
 * Told after each batch of a commit how many of the rows to save are written. Called inside the commit's
 * transaction: an exception thrown here rolls the whole import back.
 */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (done, total) -> {
    };

    void saved(int done, int total);
}
