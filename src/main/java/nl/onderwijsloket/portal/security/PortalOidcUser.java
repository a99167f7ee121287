package nl.onderwijsloket.portal.security;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A user signed in through the identity provider, carrying the {@link PortalUser} the sign-in was linked
 * to. An unlinked or disabled sign-in carries none and gets no portal role: it is authenticated (so the
 * user can be told what is wrong and sign out) but can do nothing else.
 */
final class PortalOidcUser extends DefaultOidcUser {

    private final SignInStatus status;
    private final @Nullable PortalUser user;

    private PortalOidcUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken,
            @Nullable OidcUserInfo userInfo, SignInStatus status, @Nullable PortalUser user) {
        super(authorities, idToken, userInfo, "sub");
        this.status = status;
        this.user = user;
    }

    static PortalOidcUser linked(PortalUser user, OidcIdToken idToken, @Nullable OidcUserInfo userInfo) {
        List<GrantedAuthority> authorities = user.roles().stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        return new PortalOidcUser(authorities, idToken, userInfo, SignInStatus.LINKED, user);
    }

    static PortalOidcUser notLinked(SignInStatus status, OidcIdToken idToken, @Nullable OidcUserInfo userInfo) {
        if (status == SignInStatus.LINKED) {
            throw new IllegalArgumentException("A linked sign-in needs its portal user");
        }
        return new PortalOidcUser(List.of(), idToken, userInfo, status, null);
    }

    SignInStatus status() {
        return status;
    }

    @Nullable PortalUser user() {
        return user;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PortalOidcUser that && super.equals(that) && status == that.status
                && Objects.equals(user, that.user);
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), status, user);
    }
}
