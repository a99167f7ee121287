package nl.onderwijsloket.portal.people.importing;

/**
 * The data changed between the preview and the commit (an employee was edited or added, an e-mail address
 * was taken meanwhile), so the commit would not do what the preview showed. Nothing was saved; preview the
 * file again.
 */
public class ImportOutdatedException extends RuntimeException {

    public ImportOutdatedException(String message) {
        super(message);
    }

    public ImportOutdatedException(String message, Throwable cause) {
        super(message, cause);
    }
}
