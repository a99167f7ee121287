package nl.onderwijsloket.portal.security;

import java.util.Locale;

/** The portal's roles. Spring authorities are {@code ROLE_<name>}. */
public enum Role {
    EMPLOYEE, HR, MENTOR, PROVIDER, COORDINATOR;

    public static final String EMPLOYEE_ROLE = "EMPLOYEE";
    public static final String HR_ROLE = "HR";
    public static final String MENTOR_ROLE = "MENTOR";
    public static final String PROVIDER_ROLE = "PROVIDER";
    public static final String COORDINATOR_ROLE = "COORDINATOR";

    public String authority() {
        return "ROLE_" + name();
    }

    public String labelKey() {
        return "role." + name().toLowerCase(Locale.ROOT);
    }
}
