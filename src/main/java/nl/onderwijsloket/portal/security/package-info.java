/** Accounts, roles and sign-in (local or through Keycloak), and the links of external sign-ins to people. */
@OwnsTables(
        tables = {"user_account", "user_account_role", "unlinked_sign_in"},
        views = {"security_account", "security_account_role"})
package nl.onderwijsloket.portal.security;

import nl.onderwijsloket.portal.common.OwnsTables;
