package nl.onderwijsloket.portal.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import nl.onderwijsloket.portal.DatabaseTest;
import nl.onderwijsloket.portal.catalogue.CatalogueFixtures;
import nl.onderwijsloket.portal.catalogue.CourseFormat;
import nl.onderwijsloket.portal.catalogue.CourseLevel;
import nl.onderwijsloket.portal.catalogue.EditionStatus;
import nl.onderwijsloket.portal.catalogue.Theme;
import nl.onderwijsloket.portal.catalogue.data.CourseReadSql;
import nl.onderwijsloket.portal.people.JobFunction;
import nl.onderwijsloket.portal.people.Sector;
import nl.onderwijsloket.portal.security.PortalUser;
import nl.onderwijsloket.portal.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Capacity and waitlist order hold when many people enrol at the same moment (real MariaDB, real locks). */
@SpringBootTest
@DatabaseTest
class EnrolmentConcurrencyTest {

    @Autowired
    EnrolmentService enrolments;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CourseReadSql readSql;
    @Autowired
    Clock clock;

    CatalogueFixtures catalogue;
    EnrolmentFixtures people;

    @AfterEach
    void cleanUp() {
        people.removeAll();
        catalogue.removeAll();
    }

    @Test
    void twoHundredConcurrentAttemptsOnTwentySeatsGiveTwentyEnrolledAndAGaplessWaitlist() throws Exception {
        catalogue = new CatalogueFixtures(jdbc, readSql, LocalDate.now(clock));
        people = new EnrolmentFixtures(jdbc);
        long course = catalogue.course(catalogue.provider("Drukte Academie"), "Populaire cursus", "Iedereen wil.",
                CourseFormat.ON_SITE, CourseLevel.INTRODUCTORY, Set.of(JobFunction.LERAAR), Set.of(Sector.PO),
                Set.of(Theme.DIDACTIEK));
        long edition = catalogue.edition(course, 30, 20, 0, EditionStatus.OPEN);
        long board = people.board("Drukbestuur");
        List<PortalUser> users = IntStream.range(0, 200)
                .mapToObj(i -> people.account("Leraar " + i, Set.of(Role.EMPLOYEE),
                        people.employee(board, "Leraar", "Nummer" + i), board, null))
                .toList();

        List<Callable<BookingResult>> attempts = new ArrayList<>();
        for (PortalUser user : users) {
            attempts.add(() -> {
                EnrolmentFixtures.signIn(user);
                try {
                    return enrolments.enrolSelf(edition);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<BookingResult> results = new ArrayList<>();
        try {
            for (Future<BookingResult> result : pool.invokeAll(attempts)) {
                results.add(result.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(results).filteredOn(r -> r.outcome() == BookingResult.Outcome.ENROLLED).hasSize(20);
        assertThat(results).filteredOn(r -> r.outcome() == BookingResult.Outcome.WAITLISTED).hasSize(180);
        assertThat(jdbc.sql("SELECT seats_taken FROM edition WHERE id = :id").param("id", edition)
                .query(Integer.class).single()).isEqualTo(20);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enrolment WHERE edition_id = :id AND status = 'ENROLLED'")
                .param("id", edition).query(Integer.class).single()).isEqualTo(20);
        List<Integer> positions = jdbc.sql("SELECT waitlist_position FROM enrolment WHERE edition_id = :id"
                        + " AND status = 'WAITLISTED' ORDER BY waitlist_position")
                .param("id", edition).query(Integer.class).list();
        assertThat(positions).containsExactlyElementsOf(IntStream.rangeClosed(1, 180).boxed().toList());
    }

    @Test
    void enrolmentsInTwoEditionsOfOneCourseDoNotWaitForEachOther(@Autowired PlatformTransactionManager transactions)
            throws Exception {
        catalogue = new CatalogueFixtures(jdbc, readSql, LocalDate.now(clock));
        people = new EnrolmentFixtures(jdbc);
        long course = catalogue.course(catalogue.provider("Twee Edities Academie"), "Cursus in twee edities",
                "Voorjaar en najaar.", CourseFormat.ON_SITE, CourseLevel.INTRODUCTORY, Set.of(JobFunction.LERAAR),
                Set.of(Sector.PO), Set.of(Theme.DIDACTIEK));
        long spring = catalogue.edition(course, 30, 10, 0, EditionStatus.OPEN);
        long autumn = catalogue.edition(course, 200, 10, 0, EditionStatus.OPEN);
        long board = people.board("Tweebestuur");
        PortalUser first = people.account("Eerste", Set.of(Role.EMPLOYEE), people.employee(board, "Eerste", "Leraar"),
                board, null);
        PortalUser second = people.account("Tweede", Set.of(Role.EMPLOYEE), people.employee(board, "Tweede", "Leraar"),
                board, null);

        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            // The first enrolment's transaction stays open (holding its edition's lock) until the second,
            // in the other edition of the same course, has finished.
            BookingResult secondResult = new TransactionTemplate(transactions).execute(status -> {
                EnrolmentFixtures.signIn(first);
                enrolments.enrolSelf(spring);
                Future<BookingResult> meanwhile = other.submit(() -> {
                    EnrolmentFixtures.signIn(second);
                    try {
                        return enrolments.enrolSelf(autumn);
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                });
                try {
                    // Far below InnoDB's 50 s lock wait: had the second waited for the first, this gives up.
                    return meanwhile.get(20, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new AssertionError("The enrolment in the other edition waited for this one", e);
                }
            });
            assertThat(secondResult.outcome()).isEqualTo(BookingResult.Outcome.ENROLLED);
        } finally {
            SecurityContextHolder.clearContext();
            other.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enrolment WHERE edition_id IN (:e) AND status = 'ENROLLED'")
                .param("e", List.of(spring, autumn)).query(Integer.class).single()).isEqualTo(2);
    }
}
