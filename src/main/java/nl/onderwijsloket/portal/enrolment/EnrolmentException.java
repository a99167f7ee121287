package nl.onderwijsloket.portal.enrolment;

import nl.onderwijsloket.portal.common.RuleViolation;

/**
 * A rule of enrolment said no. The message key names the reason in the translation files, so the UI can
 * tell the user why in their own language; nothing was changed.
 */
public class EnrolmentException extends RuleViolation {

    public EnrolmentException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
