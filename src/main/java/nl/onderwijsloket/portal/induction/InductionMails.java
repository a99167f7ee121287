package nl.onderwijsloket.portal.induction;

import java.util.List;
import java.util.Locale;
import nl.onderwijsloket.portal.induction.data.ContactSql;
import nl.onderwijsloket.portal.notification.CalendarEvent;
import nl.onderwijsloket.portal.notification.CalendarMethod;
import nl.onderwijsloket.portal.notification.CalendarPart;
import nl.onderwijsloket.portal.notification.CalendarUids;
import nl.onderwijsloket.portal.notification.MailText;
import nl.onderwijsloket.portal.notification.Outbox;
import nl.onderwijsloket.portal.notification.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Induction's mails, each queued in the caller's transaction so that it leaves only when the change is saved:
 * a pairing proposed (to the mentor) and accepted (to the starter), the fit question after the first meeting
 * (to both), and a planned guidance meeting with its calendar entry (to both).
 */
@Component
class InductionMails {

    private final Outbox outbox;
    private final ContactSql contacts;
    private final MessageSource messages;
    private final CalendarUids uids;
    private final String baseUrl;

    InductionMails(Outbox outbox, ContactSql contacts, MessageSource messages, CalendarUids uids,
                   @Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
        this.outbox = outbox;
        this.contacts = contacts;
        this.messages = messages;
        this.uids = uids;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    void proposed(long mentorId, long starterId) {
        var starter = contacts.employee(starterId).orElseThrow();
        contacts.employee(mentorId).ifPresent(mentor -> {
            var text = text(mentor.locale());
            send(mentor, text.get("induction.mail.proposed.subject", starter.name()),
                    text.get("induction.mail.proposed.body", mentor.name(), starter.name(), baseUrl + "/mijn-starters"));
        });
    }

    void accepted(long mentorId, long starterId) {
        var mentor = contacts.employee(mentorId).orElseThrow();
        contacts.employee(starterId).ifPresent(starter -> {
            var text = text(starter.locale());
            send(starter, text.get("induction.mail.accepted.subject", mentor.name()),
                    text.get("induction.mail.accepted.body", starter.name(), mentor.name(), mentor.email(),
                            baseUrl + "/mijn-begeleiding"));
        });
    }

    void fitQuestion(long mentorId, long starterId) {
        var mentor = contacts.employee(mentorId).orElseThrow();
        var starter = contacts.employee(starterId).orElseThrow();
        var toMentor = text(mentor.locale());
        send(mentor, toMentor.get("induction.mail.fit.subject"),
                toMentor.get("induction.mail.fit.body", mentor.name(), starter.name(), baseUrl + "/mijn-starters"));
        var toStarter = text(starter.locale());
        send(starter, toStarter.get("induction.mail.fit.subject"),
                toStarter.get("induction.mail.fit.body", starter.name(), mentor.name(), baseUrl + "/mijn-begeleiding"));
    }

    /** A meeting planned or moved: both get the calendar entry (again, with the same UID when moved). */
    void meetingPlanned(PlannedMeeting meeting, long mentorId, long starterId, boolean moved) {
        toBoth(mentorId, starterId, (to, other) -> {
            var text = text(to.locale());
            String summary = text.get("induction.mail.meeting.summary", other.name());
            var entry = event(meeting, summary, text.get("induction.mail.meeting.description"));
            outbox.queue(new OutgoingMail(to.email(), to.name(),
                    moved ? text.get("induction.mail.meeting-moved.subject", summary) : summary,
                    text.get(moved ? "induction.mail.meeting-moved.body" : "induction.mail.meeting.body", to.name(),
                            other.name(), text.date(meeting.startsAt().toLocalDate()),
                            text.time(meeting.startsAt()) + "–" + text.time(meeting.endsAt()), meeting.place()),
                    new CalendarPart(CalendarMethod.REQUEST, List.of(entry))));
        });
    }

    /** Tells both that a planned meeting is off, with a cancellation that removes it from their calendars. */
    void meetingCancelled(PlannedMeeting meeting, long mentorId, long starterId) {
        toBoth(mentorId, starterId, (to, other) -> {
            var text = text(to.locale());
            var entry = event(meeting, text.get("induction.mail.meeting.summary", other.name()), null);
            outbox.queue(new OutgoingMail(to.email(), to.name(), text.get("induction.mail.meeting-cancelled.subject",
                    other.name()), text.get("induction.mail.meeting-cancelled.body", to.name(), other.name(),
                    text.date(meeting.startsAt().toLocalDate()), text.time(meeting.startsAt())),
                    new CalendarPart(CalendarMethod.CANCEL, List.of(entry))));
        });
    }

    /** Writes to the mentor (about the starter) and to the starter (about the mentor). */
    private void toBoth(long mentorId, long starterId,
                        java.util.function.BiConsumer<ContactSql.Contact, ContactSql.Contact> mail) {
        var mentor = contacts.employee(mentorId).orElseThrow();
        var starter = contacts.employee(starterId).orElseThrow();
        mail.accept(mentor, starter);
        mail.accept(starter, mentor);
    }

    private CalendarEvent event(PlannedMeeting meeting, String summary, String description) {
        return new CalendarEvent(uids.of("guidance-meeting", meeting.id()), meeting.startsAt(), meeting.endsAt(),
                summary, meeting.place(), description);
    }

    private void send(ContactSql.Contact to, String subject, String body) {
        outbox.queue(new OutgoingMail(to.email(), to.name(), subject, body));
    }

    private MailText text(String locale) {
        return new MailText(messages, Locale.forLanguageTag(locale));
    }
}
