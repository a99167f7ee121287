package nl.onderwijsloket.portal.security;

import nl.onderwijsloket.portal.security.data.UserAccountRepository;
import org.jspecify.annotations.Nullable;

/** Picks the username of an account created for an identity-provider user. */
final class AccountNames {

    private static final int MAX_LENGTH = 120;

    private AccountNames() {
    }

    /**
     * The provider's username when no account has it, else the e-mail address, else the provider's subject
     * (which no local username looks like).
     */
    static String freeUsername(UserAccountRepository accounts, @Nullable String preferred, String email,
            String subject) {
        for (String candidate : new String[] {preferred, email}) {
            if (candidate != null && candidate.length() <= MAX_LENGTH && !accounts.existsByUsername(candidate)) {
                return candidate;
            }
        }
        return subject;
    }
}
