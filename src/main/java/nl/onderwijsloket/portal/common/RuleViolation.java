package nl.onderwijsloket.portal.common;

/**
 * A rule of the portal said no (a full edition, a deadline after the start, ...). The message key names
 * the reason in the translation files, so every screen can tell the user why in their own language;
 * nothing was changed. The one type every service throws for a refusal, whichever feature's rule it is.
 */
public class RuleViolation extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public RuleViolation(String messageKey, Object... arguments) {
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
