package nl.onderwijsloket.portal.security;

import java.util.EnumSet;
import nl.onderwijsloket.portal.security.data.UserAccount;
import nl.onderwijsloket.portal.security.data.UserAccountRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads local accounts (the embedded default) for form login. */
@Service
@Transactional(readOnly = true)
class LocalAccountService implements UserDetailsService {

    private final UserAccountRepository accounts;

    LocalAccountService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(username)
                .filter(a -> a.getPasswordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return new PortalUserDetails(toPortalUser(account), account.getPasswordHash(), account.isEnabled());
    }

    static PortalUser toPortalUser(UserAccount account) {
        var roles = account.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.getRoles());
        return new PortalUser(account.getId(), account.getUsername(), account.getDisplayName(), roles,
                account.getEmployeeId(), account.getBoardId(), account.getProviderId());
    }
}
