package nl.onderwijsloket.portal.enrolment.data;

/** A person as enrolment needs them: board for scope, name for summaries, e-mail and language for mail. */
public record PersonRef(long id, long boardId, String name, String email, String locale) {

    static String fullName(String first, String prefix, String last) {
        return prefix == null || prefix.isBlank() ? first + " " + last : first + " " + prefix + " " + last;
    }
}
