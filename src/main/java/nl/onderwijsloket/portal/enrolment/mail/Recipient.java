package nl.onderwijsloket.portal.enrolment.mail;

import java.util.Locale;

/** Someone who gets a mail: address, how to greet them, full name, and the language they read. */
record Recipient(String email, String firstName, String fullName, Locale locale) {
}
