package nl.onderwijsloket.portal.catalogue;

/**
 * A rule of edition planning said no (a deadline after the start, fewer seats than are taken, ...). The
 * message key names the reason in the translation files; nothing was changed.
 */
public class PlanningException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public PlanningException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
