package nl.onderwijsloket.portal.ui;

import java.time.LocalDate;
import java.util.Set;
import nl.onderwijsloket.portal.catalogue.CatalogueFixtures;
import nl.onderwijsloket.portal.catalogue.data.CourseReadSql;
import nl.onderwijsloket.portal.people.PeopleFixtures;
import nl.onderwijsloket.portal.people.Sector;
import nl.onderwijsloket.portal.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One account per role (and a mentor, who is an employee too), each with the scope its role needs. */
final class RoleFixtures {

    final String teacher;
    final String mentor;
    final String hr;
    final String provider;
    final String coordinator;
    private final PeopleFixtures people;
    private final CatalogueFixtures catalogue;

    RoleFixtures(JdbcClient jdbc, CourseReadSql readSql, LocalDate today) {
        people = new PeopleFixtures(jdbc);
        catalogue = new CatalogueFixtures(jdbc, readSql, today);
        long board = people.board("Stichting Rollentest");
        people.school(board, "Rollenschool", Sector.PO);
        long providerId = catalogue.provider("Rollenacademie");
        teacher = people.account("teacher", Set.of(Role.EMPLOYEE), null, null);
        mentor = people.account("mentor", Set.of(Role.EMPLOYEE, Role.MENTOR), null, null);
        hr = people.account("hr", Set.of(Role.HR), board, null);
        provider = people.account("provider", Set.of(Role.PROVIDER), null, providerId);
        coordinator = people.account("coordinator", Set.of(Role.COORDINATOR), null, null);
    }

    void remove() {
        people.removeAll();
        catalogue.removeAll();
    }
}
