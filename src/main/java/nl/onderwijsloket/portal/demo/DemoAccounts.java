package nl.onderwijsloket.portal.demo;

import java.util.List;

/**
 * The demo accounts the demo-data migration creates, so that the README, tests and the login page can
 * refer to them. All share {@link #DEMO_PASSWORD}.
 */
public final class DemoAccounts {

    /** Password of every demo account. */
    public static final String DEMO_PASSWORD = "welkom";

    /**
     * One demo account.
     *
     * @param roles       role codes as stored in {@code user_account_role}
     * @param description who this is, in English, for the README
     */
    public record DemoAccount(String username, List<String> roles, String displayName, String email,
            String description) {
    }

    public static final DemoAccount LERAAR = new DemoAccount("leraar", List.of("EMPLOYEE"),
            "Sanne de Vries", "s.devries@eskerkring.nl",
            "Teacher (LERAAR) at OBS De Esch, Enschede - Stichting Eskerkring Primair Onderwijs");

    public static final DemoAccount STARTER = new DemoAccount("starter", List.of("EMPLOYEE"),
            "Daan Nijhuis", "d.nijhuis@eskerkring.nl",
            "Starting teacher (STARTENDE_LERAAR) at OBS De Esch, Enschede, in the first year of induction");

    public static final DemoAccount MENTOR = new DemoAccount("mentor", List.of("EMPLOYEE", "MENTOR"),
            "Marieke ter Horst", "m.terhorst@eskerkring.nl",
            "Mentor of starting teachers (MENTOR) at OBS De Esch, Enschede");

    public static final DemoAccount HR = new DemoAccount("hr", List.of("HR"),
            "Ingrid Wolters", "i.wolters@eskerkring.nl",
            "HR adviser at the board office of Stichting Eskerkring Primair Onderwijs (first board)");

    public static final DemoAccount HR2 = new DemoAccount("hr2", List.of("HR"),
            "Erik Brinkhuis", "e.brinkhuis@reggedinkel.nl",
            "HR adviser at the board office of Stichting Regge en Dinkel Voortgezet Onderwijs (second board)");

    public static final DemoAccount PROVIDER = new DemoAccount("aanbieder", List.of("PROVIDER"),
            "Cursusbureau Hogeschool Oost", "cursusbureau@hogeschooloost.nl",
            "Course office of the provider Hogeschool Oost - Lerarenopleidingen");

    public static final DemoAccount COORDINATOR = new DemoAccount("coordinator", List.of("COORDINATOR"),
            "Hester Langeveld (Onderwijsloket)", "coordinator@onderwijsloket-oost.nl",
            "Coordinator of the regional education desk");

    public static final List<DemoAccount> ALL = List.of(LERAAR, STARTER, MENTOR, HR, HR2, PROVIDER, COORDINATOR);

    private DemoAccounts() {
    }
}
