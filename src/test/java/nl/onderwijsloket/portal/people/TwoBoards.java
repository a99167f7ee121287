package nl.onderwijsloket.portal.people;

import java.util.List;
import java.util.Set;
import nl.onderwijsloket.portal.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two boards of a test region with their schools, employees and accounts. Board A has two schools and
 * four employees (one at the board office), board B one school and two employees; "de Boer" works at
 * both, so a name search shows whether the scope holds. Remove it with {@link #remove()}.
 */
public final class TwoBoards {

    public final PeopleFixtures fixtures;
    public final long boardA;
    public final long boardB;
    /** Board A's primary school. */
    public final long schoolA1;
    /** Board A's secondary school. */
    public final long schoolA2;
    /** Board B's only school. */
    public final long schoolB1;
    /** Board A: Anna de Boer, teacher at A1. */
    public final long anna;
    /** Board A: Bram Aalders, teaching assistant at A1. */
    public final long bram;
    /** Board A: Carla Zandstra, teacher at A2. */
    public final long carla;
    /** Board A: Dirk Vos, staff at the board office. */
    public final long dirk;
    /** Board B: Eva de Boer, teacher at B1. */
    public final long eva;
    /** Board B: Frank Bos, school leader at B1. */
    public final long frank;
    /** HR of board A. */
    public final String hrA;
    /** HR of board B. */
    public final String hrB;
    /** HR whose account is linked to no board. */
    public final String hrWithoutBoard;
    public final String coordinator;
    /** A teacher's account (role EMPLOYEE only). */
    public final String teacher;

    private TwoBoards(JdbcClient jdbc) {
        fixtures = new PeopleFixtures(jdbc);
        boardA = fixtures.board("Stichting Testbestuur Noord");
        boardB = fixtures.board("Stichting Testbestuur Zuid");
        schoolA1 = fixtures.school(boardA, "Testschool De Linde", Sector.PO);
        schoolA2 = fixtures.school(boardA, "Testcollege Het Noorden", Sector.VO);
        schoolB1 = fixtures.school(boardB, "Testschool De Eik", Sector.PO);
        anna = fixtures.employee(boardA, schoolA1, "Anna", "de", "Boer", JobFunction.LERAAR);
        bram = fixtures.employee(boardA, schoolA1, "Bram", null, "Aalders", JobFunction.ONDERWIJSASSISTENT);
        carla = fixtures.employee(boardA, schoolA2, "Carla", null, "Zandstra", JobFunction.LERAAR);
        dirk = fixtures.employee(boardA, null, "Dirk", null, "Vos", JobFunction.STAFF);
        eva = fixtures.employee(boardB, schoolB1, "Eva", "de", "Boer", JobFunction.LERAAR);
        frank = fixtures.employee(boardB, schoolB1, "Frank", null, "Bos", JobFunction.SCHOOLLEIDER);
        hrA = fixtures.account("hr-a", Set.of(Role.HR), boardA, null);
        hrB = fixtures.account("hr-b", Set.of(Role.HR), boardB, null);
        hrWithoutBoard = fixtures.account("hr-none", Set.of(Role.HR), null, null);
        coordinator = fixtures.account("coordinator", Set.of(Role.COORDINATOR), null, null);
        teacher = fixtures.account("teacher", Set.of(Role.EMPLOYEE), null, null);
    }

    public static TwoBoards create(JdbcClient jdbc) {
        return new TwoBoards(jdbc);
    }

    /** Board A's employees in last-name order: Aalders, (de) Boer, Vos, Zandstra. */
    public List<Long> boardAInNameOrder() {
        return List.of(bram, anna, dirk, carla);
    }

    /** Board B's employees in last-name order: (de) Boer, Bos. */
    public List<Long> boardBInNameOrder() {
        return List.of(eva, frank);
    }

    public void remove() {
        fixtures.removeAll();
    }
}
