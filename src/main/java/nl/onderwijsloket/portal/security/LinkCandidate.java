package nl.onderwijsloket.portal.security;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a coordinator can link a sign-in to: an account that has no identity-provider user yet, or a person
 * (employee) who has no account yet (linking creates one).
 *
 * @param board the board the account or person belongs to, if any
 */
public record LinkCandidate(Kind kind, long id, String name, @Nullable String email, @Nullable String board) {

    public enum Kind {
        ACCOUNT, PERSON;

        public String labelKey() {
            return "links.candidate." + name().toLowerCase(Locale.ROOT);
        }
    }
}
