package nl.onderwijsloket.portal.induction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import nl.onderwijsloket.portal.people.Sector;
import nl.onderwijsloket.portal.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Monday's digest tells each board's HR which starters have which signal, by name; a board whose starters are
 * all on track gets no mail.
 */
@SpringBootTest
class WeeklyDigestTest {

    private static final String SUBJECT = "Inductie: de signalen van deze week";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    WeeklyDigest digest;

    InductionFixtures fixtures;

    @AfterEach
    void tearDown() {
        jdbc.sql("DELETE FROM mail_outbox WHERE subject = :s").param("s", SUBJECT).update();
        fixtures.removeAll();
    }

    @Test
    void hrHearsOfTheUnpairedStarterByNameAndAQuietBoardHearsNothing() {
        fixtures = new InductionFixtures(jdbc);
        var board = fixtures.board("Bestuur Digest", Sector.PO, "Enschede");
        fixtures.starter(board, "Olivia", "Ongekoppeld", 2);
        var hr = fixtures.user("Hetty HR", Set.of(Role.HR), null, board.id());
        var quiet = fixtures.board("Bestuur Rustig", Sector.PO, "Hengelo");
        var quietHr = fixtures.user("Quinten HR", Set.of(Role.HR), null, quiet.id());

        assertThat(digest.send()).isPositive();

        var body = jdbc.sql("SELECT body FROM mail_outbox WHERE recipient = :r AND subject = :s")
                .param("r", hr.username() + "@test.invalid").param("s", SUBJECT).query(String.class).single();
        assertThat(body).contains("Geen mentor: 1", "Olivia Ongekoppeld", "/inductie");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = :r")
                .param("r", quietHr.username() + "@test.invalid").query(Integer.class).single()).isZero();
    }
}
