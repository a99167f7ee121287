package nl.onderwijsloket.portal.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * "My learning" on a real database: only the signed-in person's own enrolments, meetings, pathway
 * progress and record; the CSV export has her completed courses as rows; the certificate is a PDF whose
 * text names her, the course and the hours.
 */
@SpringBootTest
@DatabaseTest
class MyLearningTest {

    @Autowired
    MyLearningService learning;
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
    LocalDate today;
    PortalUser anna;
    PortalUser bram;
    long reading;
    long arithmetic;
    long coaching;
    long readingDone;
    long arithmeticDone;
    String pathway;

    @BeforeEach
    void setUp() {
        today = LocalDate.now(clock);
        catalogue = new CatalogueFixtures(jdbc, readSql, today);
        people = new EnrolmentFixtures(jdbc);
        long provider = catalogue.provider("Leerhuis Twente");
        reading = course(provider, "Lezen; begrijpen en \"genieten\"");
        arithmetic = course(provider, "Rekenen met Één en ander");
        coaching = course(provider, "Coachend begeleiden");
        jdbc.sql("UPDATE course SET study_load_hours = 16 WHERE id = :id").param("id", arithmetic).update();
        long board = people.board("Bestuur Leren");
        anna = people.account("Anna", Set.of(Role.EMPLOYEE), people.employee(board, "Anna", "de Leerling"), board, null);
        bram = people.account("Bram", Set.of(Role.EMPLOYEE), people.employee(board, "Bram", "Anders"), board, null);
        readingDone = completed(anna, catalogue.edition(reading, -400, 10, 0, EditionStatus.COMPLETED),
                LocalDate.of(today.getYear() - 1, 11, 20), 12);
        arithmeticDone = completed(anna, catalogue.edition(arithmetic, -30, 10, 0, EditionStatus.COMPLETED),
                LocalDate.of(today.getYear(), 1, 1), 16);
        completed(bram, catalogue.edition(coaching, -30, 10, 0, EditionStatus.COMPLETED), today, 40);
        EnrolmentFixtures.signIn(anna);
        enrolments.enrolSelf(catalogue.edition(coaching, 20, 10, 0, EditionStatus.OPEN));
        EnrolmentFixtures.signIn(bram);
        enrolments.enrolSelf(catalogue.edition(reading, 25, 10, 0, EditionStatus.OPEN));
        pathway = catalogue.pathway("Leesroute", List.of(reading, arithmetic, coaching,
                course(provider, "Afsluitende module")));
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        people.removeAll();
        catalogue.removeAll();
    }

    private long course(long provider, String title) {
        return catalogue.course(provider, title, "Voor leraren.", CourseFormat.ON_SITE, CourseLevel.INTRODUCTORY,
                Set.of(JobFunction.LERAAR), Set.of(Sector.PO), Set.of(Theme.LEZEN));
    }

    /** A completed enrolment, as the provider would have left it. */
    private long completed(PortalUser person, long editionId, LocalDate on, int hours) {
        jdbc.sql("UPDATE edition SET seats_taken = seats_taken + 1 WHERE id = :id").param("id", editionId).update();
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO enrolment (edition_id, employee_id, status, hours_credited, completed_on, created_at,"
                        + " updated_at) VALUES (:e, :p, 'COMPLETED', :h, :on, :now, :now)")
                .param("e", editionId).param("p", person.employeeId()).param("h", hours).param("on", Date.valueOf(on))
                .param("now", Timestamp.from(Instant.now())).update(keys);
        return keys.getKey().longValue();
    }

    @Test
    void sheSeesHerOwnEnrolmentsMeetingsAndHoursPerYear() {
        EnrolmentFixtures.signIn(anna);

        assertThat(learning.enrolments(0, 50)).extracting(e -> e.courseTitle() + " " + e.status())
                .containsExactly("Coachend begeleiden ENROLLED", "Rekenen met Één en ander COMPLETED",
                        "Lezen; begrijpen en \"genieten\" COMPLETED");
        assertThat(learning.countEnrolments()).isEqualTo(3);
        assertThat(learning.upcomingMeetings(10)).extracting(m -> m.courseTitle() + " " + m.topic())
                .containsExactly("Coachend begeleiden Kennismaking");
        assertThat(learning.completed(0, 50)).extracting(MyLearning.CompletedCourse::enrolmentId)
                .containsExactly(arithmeticDone, readingDone);
        assertThat(learning.hoursPerYear()).containsExactly(
                new MyLearning.YearTotal(today.getYear(), 16, 1), new MyLearning.YearTotal(today.getYear() - 1, 12, 1));
    }

    @Test
    void pathwayProgressCountsHerCompletedCourseStepsAndNamesTheNextOne() {
        EnrolmentFixtures.signIn(anna);
        assertThat(learning.pathways()).containsExactly(new MyLearning.PathwayProgress(pathway, "Leesroute", 2, 4,
                new MyLearning.NextStep(3, "Coachend begeleiden", coaching, true)));

        EnrolmentFixtures.signIn(bram);
        assertThat(learning.pathways()).singleElement().satisfies(p -> {
            assertThat(p.completedSteps()).isEqualTo(1);
            assertThat(p.next()).isEqualTo(new MyLearning.NextStep(1, "Lezen; begrijpen en \"genieten\"", reading, true));
        });
    }

    @Test
    void theCsvExportHasAHeaderAndOneRowPerCompletedCourse() {
        EnrolmentFixtures.signIn(anna);
        String csv = learning.recordCsv(Locale.of("nl"));

        assertThat(csv).startsWith("\uFEFF");
        assertThat(csv.substring(1).split("\r\n")).containsExactly(
                "Cursus;Aanbieder;Afgerond op;Uren",
                "\"Lezen; begrijpen en \"\"genieten\"\"\";Leerhuis Twente;" + (today.getYear() - 1) + "-11-20;12",
                "Rekenen met Één en ander;Leerhuis Twente;" + today.getYear() + "-01-01;16");
        assertThat(learning.recordCsv(Locale.ENGLISH)).contains("Course;Provider;Completed on;Hours");
    }

    @Test
    void theCertificateIsAPdfNamingHerTheCourseAndTheHours() throws IOException {
        EnrolmentFixtures.signIn(anna);
        byte[] pdf = learning.certificate(arithmeticDone, Locale.of("nl"));

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Certificaat Rekenen met Één en ander");
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Certificaat", "Anna de Leerling", "Rekenen met Één en ander", "Leerhuis Twente",
                    "Studiebelasting: 16 uur", "1 januari " + today.getYear(), "OLO-" + arithmeticDone);
        }
        try (var document = Loader.loadPDF(learning.certificate(arithmeticDone, Locale.ENGLISH))) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Certificate", "Study load: 16 hours", "January 1, " + today.getYear());
        }
    }

    @Test
    void nobodyGetsAnotherPersonsCertificateOrOneForACourseNotCompleted() {
        EnrolmentFixtures.signIn(bram);
        assertThatThrownBy(() -> learning.certificate(arithmeticDone, Locale.of("nl")))
                .isInstanceOf(AccessDeniedException.class);
        long enrolled = jdbc.sql("SELECT id FROM enrolment WHERE employee_id = :p AND status = 'ENROLLED'")
                .param("p", bram.employeeId()).query(Long.class).single();
        assertThatThrownBy(() -> learning.certificate(enrolled, Locale.of("nl"))).isInstanceOf(AccessDeniedException.class);
        assertThat(learning.recordCsv(Locale.of("nl"))).doesNotContain("Rekenen").contains("Coachend begeleiden");
    }
}
