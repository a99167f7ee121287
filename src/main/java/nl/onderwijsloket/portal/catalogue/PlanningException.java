package nl.onderwijsloket.portal.catalogue;

import nl.onderwijsloket.portal.common.RuleViolation;

/**
 * A rule of edition planning said no (a deadline after the start, fewer seats than are taken, ...). The
 * message key names the reason in the translation files; nothing was changed.
 */
public class PlanningException extends RuleViolation {

    public PlanningException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
