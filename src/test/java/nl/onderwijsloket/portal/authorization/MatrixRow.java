package nl.onderwijsloket.portal.authorization;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;

/**
 * One service method in the authorization matrix.
 *
 * @param method  {@code Service.method}, as the matrix test finds it among the services' public methods
 * @param scope   what the callers who may call it see or change
 * @param allowed the callers whose call goes through (and must answer within their scope)
 * @param ownScope callers who are not given these records but may answer with their own scope's instead
 *                (HR of board B asking for board A's list gets board B's); every other caller must be
 *                refused or answer nothing
 * @param writes  whether an allowed call changes data (each allowed caller then gets a region of its own)
 * @param call    the call, with the ids of board A's, provider P's and the employee's records
 * @param check   asserts that an answer holds only what the caller may see; for callers who may call it,
 *                also that it holds what they should see
 */
record MatrixRow(String method, Scope scope, Set<Who> allowed, Set<Who> ownScope, boolean writes, Function<MatrixRegion, Object> call,
                 Check check) {

    enum Scope {
        ANYONE("anyone"),
        SIGNED_IN("anyone signed in, own data"),
        OWN_PERSON("own person"),
        OWN_BOARD("own board"),
        OWN_PROVIDER("own provider"),
        REGION("the region (coordinator)"),
        ROLE("anyone with the role");

        final String label;

        Scope(String label) {
            this.label = label;
        }
    }

    @FunctionalInterface
    interface Check {
        void verify(Who who, Object answer, MatrixRegion region);
    }

    static Set<Who> callers(Who... who) {
        return who.length == 0 ? EnumSet.noneOf(Who.class) : EnumSet.of(who[0], who);
    }
}
