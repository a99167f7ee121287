package nl.onderwijsloket.portal.enrolment.mail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.onderwijsloket.portal.catalogue.MeetingsChanged;
import nl.onderwijsloket.portal.notification.CalendarEvent;
import nl.onderwijsloket.portal.notification.CalendarMethod;
import nl.onderwijsloket.portal.notification.CalendarPart;
import nl.onderwijsloket.portal.notification.MailComposer;
import nl.onderwijsloket.portal.notification.MailText;
import nl.onderwijsloket.portal.notification.OutgoingMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Mails the people enrolled in an edition (status ENROLLED) when its provider changes, adds or removes
 * meetings, with a calendar part that updates their agenda: a REQUEST with the same UIDs (and higher
 * SEQUENCEs) for meetings that changed or were added, a CANCEL with the UID for meetings that were removed.
 *
 * <p>As with {@link EnrolmentMails}, the provider's transaction only adds notice rows (and only when anybody
 * is enrolled), so a save is not held up by mailing a full edition; the mails are composed before the next
 * send round. Who is enrolled and what a meeting looks like are read then: somebody who cancelled meanwhile
 * gets nothing (the cancellation withdrew the entries), and a meeting changed twice is sent as it is now.
 * The notices of one edition claimed together make one update mail and one cancellation mail per person.
 */
@Component
class MeetingMails implements MailComposer {

    private static final int BATCH = 100;
    private static final Logger LOG = LoggerFactory.getLogger(MeetingMails.class);

    private final MailContext mail;
    private final MeetingNoticeSql notices;

    MeetingMails(MailContext mail, MeetingNoticeSql notices) {
        this.mail = mail;
        this.notices = notices;
    }

    @EventListener
    void on(MeetingsChanged change) {
        if (!mail.queries().anyEnrolled(change.editionId())) {
            return;
        }
        Instant now = mail.clock().instant();
        long edition = change.editionId();
        change.changed().stream().sorted()
                .forEach(id -> notices.add(edition, id, MeetingNoticeSql.Kind.CHANGED, null, null, null, now));
        change.added().stream().sorted()
                .forEach(id -> notices.add(edition, id, MeetingNoticeSql.Kind.ADDED, null, null, null, now));
        change.removed().forEach(m -> notices.add(edition, m.id(), MeetingNoticeSql.Kind.REMOVED, m.startsAt(),
                m.endsAt(), m.topic(), now));
    }

    @Override
    public int composePending() {
        int handled = 0;
        while (true) {
            Integer batch = mail.composition().batch(() -> {
                List<MeetingNoticeSql.Notice> claimed = notices.claim(BATCH);
                var byEdition = new LinkedHashMap<Long, List<MeetingNoticeSql.Notice>>();
                claimed.forEach(n -> byEdition.computeIfAbsent(n.editionId(), e -> new ArrayList<>()).add(n));
                byEdition.forEach(this::compose);
                notices.delete(claimed.stream().map(MeetingNoticeSql.Notice::id).toList());
                return claimed.size();
            });
            handled += batch == null ? 0 : batch;
            if (batch == null || batch < BATCH) {
                return handled;
            }
        }
    }

    /** The mails about one edition's changed meetings, to everybody enrolled in it now. */
    private void compose(long editionId, List<MeetingNoticeSql.Notice> changes) {
        Optional<EditionFacts> found = mail.queries().edition(editionId);
        if (found.isEmpty()) {
            return; // the edition is gone, and with it everybody's enrolment
        }
        EditionFacts edition = found.get();
        Map<Long, MeetingFacts> current = new LinkedHashMap<>();
        edition.meetings().forEach(m -> current.put(m.id(), m));
        Set<Long> added = new LinkedHashSet<>();
        Set<Long> changed = new LinkedHashSet<>();
        List<MeetingNoticeSql.Notice> removed = new ArrayList<>();
        for (MeetingNoticeSql.Notice notice : changes) {
            switch (notice.kind()) {
                case ADDED -> added.add(notice.meetingId());
                case CHANGED -> changed.add(notice.meetingId());
                case REMOVED -> removed.add(notice);
            }
        }
        changed.removeAll(added);
        // Meetings removed after they were changed or added are only cancelled; they are no longer current.
        List<MeetingFacts> addedNow = edition.meetings().stream().filter(m -> added.contains(m.id())).toList();
        List<MeetingFacts> changedNow = edition.meetings().stream().filter(m -> changed.contains(m.id())).toList();
        Set<Long> seen = new LinkedHashSet<>();
        List<MeetingNoticeSql.Notice> removedNow = removed.stream()
                .filter(r -> !current.containsKey(r.meetingId()) && r.startsAt() != null && r.endsAt() != null)
                .filter(r -> seen.add(r.meetingId()))
                .toList();
        if (addedNow.isEmpty() && changedNow.isEmpty() && removedNow.isEmpty()) {
            return;
        }
        for (Recipient person : mail.queries().enrolled(editionId)) {
            try {
                var text = new MailText(mail.messages(), person.locale());
                if (!addedNow.isEmpty() || !changedNow.isEmpty()) {
                    mail.outbox().queue(update(edition, changedNow, addedNow, person, text));
                }
                if (!removedNow.isEmpty()) {
                    mail.outbox().queue(cancellation(edition, removedNow, person, text));
                }
            } catch (DataAccessException e) {
                throw e; // the database failed: the whole batch stays, for the next round
            } catch (RuntimeException e) {
                LOG.error("Meeting change mail of edition {} to {} dropped: {}", editionId, person.email(),
                        e.toString());
            }
        }
    }

    private OutgoingMail update(EditionFacts edition, List<MeetingFacts> changed, List<MeetingFacts> added,
                                Recipient person, MailText text) {
        var body = new ArrayList<String>();
        body.add(text.get("mail.greeting", person.firstName()));
        body.add("");
        body.add(text.get("mail.meetings-changed.intro", edition.courseTitle()));
        if (!changed.isEmpty()) {
            body.add("");
            body.add(text.label("mail.label.changed-meetings", ""));
            changed.forEach(m -> body.add(mail.editions().meetingLine(m, text)));
        }
        if (!added.isEmpty()) {
            body.add("");
            body.add(text.label("mail.label.added-meetings", ""));
            added.forEach(m -> body.add(mail.editions().meetingLine(m, text)));
        }
        body.add("");
        body.addAll(mail.editions().details(edition, text));
        body.add("");
        body.add(text.get("mail.meetings-changed.calendar"));
        closing(body, edition, text);
        List<MeetingFacts> entries = edition.meetings().stream().filter(m -> changed.contains(m) || added.contains(m))
                .toList();
        return new OutgoingMail(person.email(), person.fullName(),
                text.get("mail.meetings-changed.subject", edition.courseTitle()), String.join("\n", body),
                new CalendarPart(CalendarMethod.REQUEST, mail.editions().entries(edition, entries, text)));
    }

    private OutgoingMail cancellation(EditionFacts edition, List<MeetingNoticeSql.Notice> removed, Recipient person,
                                      MailText text) {
        var body = new ArrayList<String>();
        body.add(text.get("mail.greeting", person.firstName()));
        body.add("");
        body.add(text.get("mail.meetings-removed.intro", edition.courseTitle()));
        List<MeetingFacts> gone = removed.stream()
                .map(r -> new MeetingFacts(r.meetingId(), 0, r.startsAt(), r.endsAt(), r.topic()))
                .toList();
        gone.forEach(m -> body.add(mail.editions().meetingLine(m, text)));
        body.add("");
        body.addAll(mail.editions().details(edition, text));
        body.add("");
        body.add(text.get("mail.meetings-removed.calendar"));
        closing(body, edition, text);
        List<CalendarEvent> entries = mail.editions().entries(edition, gone, text);
        return new OutgoingMail(person.email(), person.fullName(),
                text.get("mail.meetings-removed.subject", edition.courseTitle()), String.join("\n", body),
                new CalendarPart(CalendarMethod.CANCEL, entries));
    }

    private void closing(List<String> body, EditionFacts edition, MailText text) {
        body.add("");
        body.add(text.get("mail.link", mail.editions().courseUrl(edition)));
        body.add("");
        body.add(text.get("mail.signature"));
    }
}
