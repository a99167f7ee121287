package nl.onderwijsloket.portal.security;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Spring's OIDC user service (ID token validated, userinfo fetched) followed by the portal's linking: the
 * result is a {@link PortalOidcUser} carrying the linked {@link PortalUser} and the provider's roles.
 */
class PortalOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final ExternalSignIns signIns;

    PortalOidcUserService(ExternalSignIns signIns) {
        this.signIns = signIns;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidcUser = delegate.loadUser(request);
        var outcome = signIns.signIn(ExternalIdentity.fromClaims(oidcUser.getClaims()));
        return outcome.user() != null
                ? PortalOidcUser.linked(outcome.user(), oidcUser.getIdToken(), oidcUser.getUserInfo())
                : PortalOidcUser.notLinked(outcome.status(), oidcUser.getIdToken(), oidcUser.getUserInfo());
    }
}
