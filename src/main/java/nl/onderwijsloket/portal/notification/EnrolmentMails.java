package nl.onderwijsloket.portal.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.onderwijsloket.portal.enrolment.EnrolmentChanged;
import nl.onderwijsloket.portal.enrolment.EnrolmentStatus;
import nl.onderwijsloket.portal.notification.data.EditionFacts;
import nl.onderwijsloket.portal.notification.data.EnrolmentNotices;
import nl.onderwijsloket.portal.notification.data.MailOutbox;
import nl.onderwijsloket.portal.notification.data.MeetingFacts;
import nl.onderwijsloket.portal.notification.data.NotificationQueries;
import nl.onderwijsloket.portal.notification.data.Recipient;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns enrolment changes into mails in the outbox, in two steps. It listens synchronously, inside the
 * transaction of the change, and adds one small notice row, which commits or rolls back with the change: no
 * mail about a change that did not happen, no change without its mail. {@link #composePending} (run by the
 * outbox sender before each round, on any node) then writes the mails: it reads the person, the edition and
 * its meetings, so none of that work holds up the edition's lock during the change itself. Texts come from
 * the translations in the recipient's language.
 *
 * <p>What goes to whom is decided by {@link MailKind}; a request for approval also goes to every HR officer
 * of the employee's board who has an e-mail address.
 */
@Component
class EnrolmentMails implements MailComposer {

    private static final int BATCH = 100;
    private static final Logger LOG = LoggerFactory.getLogger(EnrolmentMails.class);

    /** Meetings are stored as local times in the region's zone; offer deadlines are shown in it. */
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final String REASON_KEY_PREFIX = "enrolment.reason.";

    private final NotificationQueries queries;
    private final EnrolmentNotices notices;
    private final MailOutbox outbox;
    private final TransactionTemplate transaction;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;
    private final ICalendar.Party organizer;

    EnrolmentMails(NotificationQueries queries, EnrolmentNotices notices, MailOutbox outbox,
                   PlatformTransactionManager transactions, MessageSource messages, Clock clock,
                   @Value("${portal.base-url:http://localhost:8080}") String baseUrl,
                   @Value("${portal.mail.from:noreply@onderwijsloket-oost.example}") String from,
                   @Value("${portal.mail.from-name:Onderwijsloket Oost}") String fromName) {
        this.queries = queries;
        this.notices = notices;
        this.outbox = outbox;
        this.transaction = new TransactionTemplate(transactions);
        // No gap locks: claiming notices must not hold up the enrolments that add new ones meanwhile.
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.organizer = new ICalendar.Party(from, fromName);
    }

    @EventListener
    void on(EnrolmentChanged change) {
        if (MailKind.of(change.from(), change.to()).isPresent()) {
            notices.add(change, clock.instant());
        }
    }

    /**
     * Writes the mails of the waiting notices to the outbox, a batch per transaction; several nodes may run
     * this at once, each claiming other notices. Returns how many notices were handled.
     */
    @Override
    public int composePending() {
        int handled = 0;
        while (true) {
            Integer batch = transaction.execute(status -> {
                List<EnrolmentNotices.Notice> claimed = notices.claim(BATCH);
                for (EnrolmentNotices.Notice notice : claimed) {
                    try {
                        compose(notice.change());
                    } catch (DataAccessException e) {
                        throw e; // the database failed: the whole batch stays, for the next round
                    } catch (RuntimeException e) {
                        // This notice can never be composed (its person is gone, a text is missing): keeping
                        // it would block every notice behind it. The change itself stays in the audit trail.
                        LOG.error("Mail for enrolment change {} dropped: {}", notice.change(), e.toString());
                    }
                }
                notices.delete(claimed.stream().map(EnrolmentNotices.Notice::id).toList());
                return claimed.size();
            });
            handled += batch == null ? 0 : batch;
            if (batch == null || batch < BATCH) {
                return handled;
            }
        }
    }

    private void compose(EnrolmentChanged change) {
        Optional<MailKind> kind = MailKind.of(change.from(), change.to());
        if (kind.isEmpty()) {
            return;
        }
        NotificationQueries.Employee employee = queries.employee(change.employeeId())
                .orElseThrow(() -> new IllegalStateException("No employee " + change.employeeId()));
        EditionFacts edition = queries.edition(change.editionId())
                .orElseThrow(() -> new IllegalStateException("No edition " + change.editionId()));
        Instant now = clock.instant();
        Recipient person = employee.recipient();
        if (!person.email().isBlank()) {
            ICalendar.Method method = MailKind.calendar(change.from(), change.to())
                    .filter(m -> !edition.meetings().isEmpty()).orElse(null);
            var text = new Text(person.locale());
            String ics = method == null ? null : calendar(method, change, edition, person, text, now);
            outbox.add(person.email(), text.get("mail." + kind.get().key() + ".subject", edition.courseTitle()),
                    personBody(kind.get(), method, change, edition, person, text), ics, now);
        }
        if (change.to() == EnrolmentStatus.AWAITING_APPROVAL) {
            for (Recipient hr : queries.hrOfficers(employee.boardId())) {
                var text = new Text(hr.locale());
                outbox.add(hr.email(),
                        text.get("mail.approval-needed.subject", edition.courseTitle(), person.fullName()),
                        hrBody(change, edition, person, hr, text), null, now);
            }
        }
    }

    private String personBody(MailKind kind, ICalendar.@Nullable Method method, EnrolmentChanged change,
                              EditionFacts edition, Recipient person, Text text) {
        var body = new ArrayList<String>();
        body.add(text.get("mail.greeting", person.firstName()));
        body.add("");
        body.add(text.get("mail." + kind.key() + ".intro", edition.courseTitle(), position(change),
                deadline(change, text)));
        body.add("");
        body.addAll(details(edition, text));
        body.add(text.label("mail.label.status", status(change, text)));
        if (change.reason() != null && !change.reason().isBlank()) {
            body.add(text.label("mail.label.reason", reason(change.reason(), text)));
        }
        if (method != null) {
            body.add("");
            body.add(text.get(method == ICalendar.Method.REQUEST ? "mail.calendar.request" : "mail.calendar.cancel"));
        }
        body.add("");
        body.add(text.get("mail.link", courseUrl(edition)));
        body.add("");
        body.add(text.get("mail.signature"));
        return String.join("\n", body);
    }

    private String hrBody(EnrolmentChanged change, EditionFacts edition, Recipient person, Recipient hr, Text text) {
        var body = new ArrayList<String>();
        body.add(text.get("mail.greeting", hr.firstName()));
        body.add("");
        body.add(text.get("mail.approval-needed.intro", edition.courseTitle(), person.fullName()));
        body.add("");
        body.add(text.label("mail.label.employee", person.fullName()));
        body.addAll(details(edition, text));
        body.add(text.label("mail.label.status", status(change, text)));
        body.add("");
        body.add(text.get("mail.link.hr", courseUrl(edition)));
        body.add("");
        body.add(text.get("mail.signature"));
        return String.join("\n", body);
    }

    /** Course, provider, meetings (or the period when none are planned) and place. */
    private List<String> details(EditionFacts edition, Text text) {
        var lines = new ArrayList<String>();
        lines.add(text.label("mail.label.course", edition.courseTitle()));
        lines.add(text.label("mail.label.provider", edition.providerName()));
        if (edition.meetings().isEmpty()) {
            lines.add(text.label("mail.label.period",
                    text.get("mail.period", text.date(edition.startDate()), text.date(edition.endDate()))));
        } else {
            lines.add(text.label("mail.label.meetings", ""));
            for (MeetingFacts meeting : edition.meetings()) {
                String when = text.get("mail.meeting", text.date(meeting.startsAt().toLocalDate()),
                        text.time(meeting.startsAt()), text.time(meeting.endsAt()));
                lines.add("- " + (meeting.topic() == null || meeting.topic().isBlank() ? when
                        : when + ": " + meeting.topic()));
            }
        }
        lines.add(text.label("mail.label.location", location(edition, text)));
        return lines;
    }

    private String status(EnrolmentChanged change, Text text) {
        return switch (change.to()) {
            case WAITLISTED -> text.get("enrolment.status.waitlisted", position(change));
            case OFFERED -> text.get("enrolment.status.offered", deadline(change, text));
            default -> text.get(change.to().labelKey());
        };
    }

    private static String position(EnrolmentChanged change) {
        return change.waitlistPosition() == null ? "" : Integer.toString(change.waitlistPosition());
    }

    private static String deadline(EnrolmentChanged change, Text text) {
        if (change.offerExpiresAt() == null) {
            return "";
        }
        LocalDateTime local = LocalDateTime.ofInstant(change.offerExpiresAt(), ZONE);
        return text.get("mail.date-time", text.date(local.toLocalDate()), text.time(local));
    }

    /** Free text from HR or the person as written; the portal's own reasons are translation keys. */
    private static String reason(String reason, Text text) {
        return reason.startsWith(REASON_KEY_PREFIX) ? text.get(reason) : reason;
    }

    private static String location(EditionFacts edition, Text text) {
        if (edition.online()) {
            return text.get("mail.location.online");
        }
        return edition.locationTown() == null || edition.locationTown().isBlank() ? edition.locationName()
                : edition.locationName() + ", " + edition.locationTown();
    }

    private String courseUrl(EditionFacts edition) {
        return baseUrl + "/cursus/" + edition.courseId();
    }

    private String calendar(ICalendar.Method method, EnrolmentChanged change, EditionFacts edition, Recipient person,
                            Text text, Instant now) {
        String where = location(edition, text);
        String description = edition.providerName() + "\n" + courseUrl(edition);
        List<ICalendar.Event> events = edition.meetings().stream()
                .map(m -> new ICalendar.Event(ICalendar.uid(m.id(), change.employeeId()),
                        m.startsAt().atZone(ZONE).toInstant(), m.endsAt().atZone(ZONE).toInstant(),
                        m.topic() == null || m.topic().isBlank() ? edition.courseTitle()
                                : edition.courseTitle() + " – " + m.topic(),
                        where, description))
                .toList();
        return ICalendar.write(method, queries.changesUpTo(change.enrolmentId(), change.eventId()), now, organizer,
                new ICalendar.Party(person.email(), person.fullName()), events);
    }

    /** Translations and date formats in one recipient's language. */
    private final class Text {

        private final Locale locale;
        private final DateTimeFormatter date;
        private final DateTimeFormatter time;

        Text(Locale locale) {
            this.locale = locale;
            this.date = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale);
            this.time = DateTimeFormatter.ofPattern("HH:mm", locale);
        }

        String get(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }

        String label(String key, String value) {
            return value.isEmpty() ? get(key) + ":" : get(key) + ": " + value;
        }

        String date(LocalDate day) {
            return date.format(day);
        }

        String time(LocalDateTime moment) {
            return time.format(moment);
        }
    }
}
