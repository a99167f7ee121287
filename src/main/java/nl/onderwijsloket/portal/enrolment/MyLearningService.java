package nl.onderwijsloket.portal.enrolment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.onderwijsloket.portal.common.PortalI18nProvider;
import nl.onderwijsloket.portal.enrolment.data.LearningSql;
import nl.onderwijsloket.portal.security.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "My learning": the signed-in employee's enrolments, upcoming meetings, pathway progress and
 * professional-development record (completed courses with credited hours), with a CSV export and a PDF
 * certificate per completed course. Everything is about the person the account belongs to; there is no
 * parameter that names a person. An account not linked to a person has nothing to show.
 */
@Service
@Transactional(readOnly = true)
public class MyLearningService {

    static final int MAX_PAGE = 100;
    static final String CSV_SEPARATOR = ";";

    private final LearningSql queries;
    private final CurrentUser currentUser;
    private final MessageSource messages;
    private final Clock clock;

    MyLearningService(LearningSql queries, CurrentUser currentUser, MessageSource messages, Clock clock) {
        this.queries = queries;
        this.currentUser = currentUser;
        this.messages = messages;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('EMPLOYEE')")
    public List<MyLearning.Enrolment> enrolments(int offset, int limit) {
        return me().map(me -> queries.enrolments(me, Math.max(offset, 0), Math.clamp(limit, 0, MAX_PAGE)))
                .orElse(List.of());
    }

    @PreAuthorize("hasRole('EMPLOYEE')")
    public int countEnrolments() {
        return me().map(queries::countEnrolments).orElse(0);
    }

    /** Meetings still to come (or going on) of the editions she is enrolled in, soonest first. */
    @PreAuthorize("hasRole('EMPLOYEE')")
    public List<MyLearning.Meeting> upcomingMeetings(int limit) {
        return me().map(me -> queries.upcomingMeetings(me, LocalDateTime.now(clock), Math.clamp(limit, 0, MAX_PAGE)))
                .orElse(List.of());
    }

    @PreAuthorize("hasRole('EMPLOYEE')")
    public List<MyLearning.PathwayProgress> pathways() {
        return me().map(queries::pathways).orElse(List.of());
    }

    @PreAuthorize("hasRole('EMPLOYEE')")
    public List<MyLearning.CompletedCourse> completed(int offset, int limit) {
        return me().map(me -> queries.completed(me, Math.max(offset, 0), Math.clamp(limit, 0, MAX_PAGE)))
                .orElse(List.of());
    }

    @PreAuthorize("hasRole('EMPLOYEE')")
    public int countCompleted() {
        return me().map(queries::countCompleted).orElse(0);
    }

    @PreAuthorize("hasRole('EMPLOYEE')")
    public List<MyLearning.YearTotal> hoursPerYear() {
        return me().map(queries::hoursPerYear).orElse(List.of());
    }

    /**
     * Her professional-development record as CSV in her language: a header and one row per completed course
     * (oldest first) with course, provider, completion date (ISO) and hours. Semicolon-separated with a
     * byte-order mark, as spreadsheets set to Dutch expect.
     */
    @PreAuthorize("hasRole('EMPLOYEE')")
    public String recordCsv(Locale locale) {
        List<MyLearning.CompletedCourse> rows = me().map(queries::allCompleted).orElse(List.of());
        var csv = new StringBuilder("\uFEFF");
        csv.append(csvLine(List.of(text("learning.csv.course", locale), text("learning.csv.provider", locale),
                text("learning.csv.completed-on", locale), text("learning.csv.hours", locale))));
        rows.forEach(row -> csv.append(csvLine(List.of(row.courseTitle(), row.providerName(),
                row.completedOn().toString(), Integer.toString(row.hours())))));
        return csv.toString();
    }

    /** A PDF certificate of one of her completed courses, in her language. */
    @PreAuthorize("hasRole('EMPLOYEE')")
    public byte[] certificate(long enrolmentId, Locale locale) {
        long me = me().orElseThrow(() -> new AccessDeniedException("Account is not linked to a person"));
        MyLearning.CompletedCourse course = queries.completedCourse(me, enrolmentId)
                .orElseThrow(() -> new AccessDeniedException("No completed course " + enrolmentId + " of this person"));
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(PortalI18nProvider.supported(locale));
        String app = text("app.name", locale);
        var lines = List.of(
                new CertificatePdf.Line(text("certificate.heading", locale), 34, true, 0),
                new CertificatePdf.Line(text("certificate.declares", locale, app), 12, false, 36),
                new CertificatePdf.Line(queries.fullName(me), 24, true, 14),
                new CertificatePdf.Line(text("certificate.completed-course", locale), 12, false, 18),
                new CertificatePdf.Line(course.courseTitle(), 20, true, 12),
                new CertificatePdf.Line(text("certificate.provided-by", locale, course.providerName()), 12, false, 10),
                new CertificatePdf.Line(text("certificate.completed-on", locale, dates.format(course.completedOn())),
                        12, false, 24),
                new CertificatePdf.Line(text("certificate.hours", locale, course.hours()), 14, true, 8));
        var footer = List.of(
                text("certificate.number", locale, "OLO-" + course.enrolmentId()),
                text("certificate.issued", locale, app, dates.format(LocalDate.now(clock))));
        return CertificatePdf.render(text("certificate.document-title", locale, course.courseTitle()), app, lines,
                footer);
    }

    private Optional<Long> me() {
        return Optional.ofNullable(currentUser.require().employeeId());
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, PortalI18nProvider.supported(locale));
    }

    /** One CSV line: fields with the separator, a quote or a line break are quoted, quotes doubled. */
    static String csvLine(List<String> fields) {
        return fields.stream().map(MyLearningService::csvField).collect(Collectors.joining(CSV_SEPARATOR)) + "\r\n";
    }

    private static String csvField(String field) {
        String value = field == null ? "" : field;
        if (value.contains(CSV_SEPARATOR) || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
