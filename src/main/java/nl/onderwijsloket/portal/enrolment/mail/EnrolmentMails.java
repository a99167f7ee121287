package nl.onderwijsloket.portal.enrolment.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.onderwijsloket.portal.enrolment.EnrolmentChanged;
import nl.onderwijsloket.portal.enrolment.EnrolmentStatus;
import nl.onderwijsloket.portal.notification.CalendarMethod;
import nl.onderwijsloket.portal.notification.CalendarPart;
import nl.onderwijsloket.portal.notification.MailComposer;
import nl.onderwijsloket.portal.notification.MailComposition;
import nl.onderwijsloket.portal.notification.MailText;
import nl.onderwijsloket.portal.notification.Outbox;
import nl.onderwijsloket.portal.notification.OutgoingMail;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Turns enrolment changes into mails, in two steps. It listens synchronously, inside the transaction of the
 * change, and adds one small notice row, which commits or rolls back with the change: no mail about a change
 * that did not happen, no change without its mail. {@link #composePending} (run by the outbox sender before
 * each round, on any node) then writes the mails through the {@link Outbox}: it reads the person, the edition
 * and its meetings, so none of that work holds up the edition's lock during the change itself. Texts come
 * from enrolment's translations in the recipient's language.
 *
 * <p>What goes to whom is decided by {@link MailKind}; a request for approval also goes to every HR officer
 * of the employee's board who has an e-mail address.
 */
@Component
class EnrolmentMails implements MailComposer {

    private static final int BATCH = 100;
    private static final Logger LOG = LoggerFactory.getLogger(EnrolmentMails.class);
    private static final String REASON_KEY_PREFIX = "enrolment.reason.";

    private final MailContext mail;
    private final EnrolmentNoticeSql notices;

    EnrolmentMails(MailContext mail, EnrolmentNoticeSql notices) {
        this.mail = mail;
        this.notices = notices;
    }

    @EventListener
    void on(EnrolmentChanged change) {
        if (MailKind.of(change.from(), change.to()).isPresent()) {
            notices.add(change, mail.clock().instant());
        }
    }

    /**
     * Writes the mails of the waiting notices to the outbox, a batch per transaction (see
     * {@link MailComposition}); returns how many notices were handled.
     */
    @Override
    public int composePending() {
        int handled = 0;
        while (true) {
            Integer batch = mail.composition().batch(() -> {
                List<EnrolmentNoticeSql.Notice> claimed = notices.claim(BATCH);
                for (EnrolmentNoticeSql.Notice notice : claimed) {
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
                notices.delete(claimed.stream().map(EnrolmentNoticeSql.Notice::id).toList());
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
        EnrolmentMailSql.Employee employee = mail.queries().employee(change.employeeId())
                .orElseThrow(() -> new IllegalStateException("No employee " + change.employeeId()));
        EditionFacts edition = mail.queries().edition(change.editionId())
                .orElseThrow(() -> new IllegalStateException("No edition " + change.editionId()));
        Recipient person = employee.recipient();
        if (!person.email().isBlank()) {
            CalendarMethod method = MailKind.calendar(change.from(), change.to())
                    .filter(m -> !edition.meetings().isEmpty()).orElse(null);
            var text = new MailText(mail.messages(), person.locale());
            CalendarPart calendar = method == null ? null
                    : new CalendarPart(method, mail.editions().entries(edition, edition.meetings(), text));
            mail.outbox().queue(new OutgoingMail(person.email(), person.fullName(),
                    text.get("mail." + kind.get().key() + ".subject", edition.courseTitle()),
                    personBody(kind.get(), method, change, edition, person, text), calendar));
        }
        if (change.to() == EnrolmentStatus.AWAITING_APPROVAL) {
            for (Recipient hr : mail.queries().hrOfficers(employee.boardId())) {
                var text = new MailText(mail.messages(), hr.locale());
                mail.outbox().queue(new OutgoingMail(hr.email(), hr.fullName(),
                        text.get("mail.approval-needed.subject", edition.courseTitle(), person.fullName()),
                        hrBody(change, edition, person, hr, text)));
            }
        }
    }

    private String personBody(MailKind kind, @Nullable CalendarMethod method, EnrolmentChanged change,
                              EditionFacts edition, Recipient person, MailText text) {
        var body = new ArrayList<String>();
        body.add(text.get("mail.greeting", person.firstName()));
        body.add("");
        body.add(text.get("mail." + kind.key() + ".intro", edition.courseTitle(), position(change),
                deadline(change, text)));
        body.add("");
        body.addAll(mail.editions().details(edition, text));
        body.add(text.label("mail.label.status", status(change, text)));
        if (change.reason() != null && !change.reason().isBlank()) {
            body.add(text.label("mail.label.reason", reason(change.reason(), text)));
        }
        if (method != null) {
            body.add("");
            body.add(text.get(method == CalendarMethod.REQUEST ? "mail.calendar.request" : "mail.calendar.cancel"));
        }
        body.add("");
        body.add(text.get("mail.link", mail.editions().courseUrl(edition)));
        body.add("");
        body.add(text.get("mail.signature"));
        return String.join("\n", body);
    }

    private String hrBody(EnrolmentChanged change, EditionFacts edition, Recipient person, Recipient hr,
                          MailText text) {
        var body = new ArrayList<String>();
        body.add(text.get("mail.greeting", hr.firstName()));
        body.add("");
        body.add(text.get("mail.approval-needed.intro", edition.courseTitle(), person.fullName()));
        body.add("");
        body.add(text.label("mail.label.employee", person.fullName()));
        body.addAll(mail.editions().details(edition, text));
        body.add(text.label("mail.label.status", status(change, text)));
        body.add("");
        body.add(text.get("mail.link.hr", mail.editions().courseUrl(edition)));
        body.add("");
        body.add(text.get("mail.signature"));
        return String.join("\n", body);
    }

    private static String status(EnrolmentChanged change, MailText text) {
        return switch (change.to()) {
            case WAITLISTED -> text.get("enrolment.status.waitlisted", position(change));
            case OFFERED -> text.get("enrolment.status.offered", deadline(change, text));
            default -> text.get(change.to().labelKey());
        };
    }

    private static String position(EnrolmentChanged change) {
        return change.waitlistPosition() == null ? "" : Integer.toString(change.waitlistPosition());
    }

    private static String deadline(EnrolmentChanged change, MailText text) {
        return change.offerExpiresAt() == null ? "" : text.dateTime("mail.date-time", change.offerExpiresAt());
    }

    /** Free text from HR or the person as written; the portal's own reasons are translation keys. */
    private static String reason(String reason, MailText text) {
        return reason.startsWith(REASON_KEY_PREFIX) ? text.get(reason) : reason;
    }
}
