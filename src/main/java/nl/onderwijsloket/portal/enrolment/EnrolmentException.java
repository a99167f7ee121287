package nl.onderwijsloket.portal.enrolment;

/**
 * A rule of enrolment said no. The message key names the reason in the translation files, so the UI can
 * tell the user why in their own language; nothing was changed.
 */
public class EnrolmentException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public EnrolmentException(String messageKey, Object... arguments) {
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
