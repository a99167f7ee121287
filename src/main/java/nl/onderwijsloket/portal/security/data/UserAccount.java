package nl.onderwijsloket.portal.security.data;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import java.util.EnumSet;
import java.util.Set;
import nl.onderwijsloket.portal.security.Role;

/** A sign-in account, optionally linked to a person (employee) and scoped to a board or provider. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @NotBlank
    private String username;
    private String passwordHash;
    @NotBlank
    private String displayName;
    private String email;
    private Long employeeId;
    private Long boardId;
    private Long providerId;
    /** The identity provider's {@code sub} of the user this account belongs to; null until linked. */
    private String externalSubject;
    private boolean enabled;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected UserAccount() {
    }

    /**
     * A new account, without a password, for a person who signs in through the identity provider.
     */
    public static UserAccount forExternalSignIn(String username, String displayName, String email,
            Long employeeId, Long boardId, String externalSubject, Set<Role> roles) {
        var account = new UserAccount();
        account.username = username;
        account.displayName = displayName;
        account.email = email;
        account.employeeId = employeeId;
        account.boardId = boardId;
        account.externalSubject = externalSubject;
        account.enabled = true;
        account.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        return account;
    }

    /** Makes the account's roles those given (the identity provider's); true when they changed. */
    public boolean replaceRoles(Set<Role> newRoles) {
        if (roles.equals(newRoles)) {
            return false;
        }
        roles.retainAll(newRoles);
        roles.addAll(newRoles);
        return true;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public Long getEmployeeId() {
        return employeeId;
    }

    public Long getBoardId() {
        return boardId;
    }

    public Long getProviderId() {
        return providerId;
    }

    public String getExternalSubject() {
        return externalSubject;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> getRoles() {
        return roles;
    }
}
