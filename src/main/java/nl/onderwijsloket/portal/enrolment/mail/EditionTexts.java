package nl.onderwijsloket.portal.enrolment.mail;

import java.util.ArrayList;
import java.util.List;
import nl.onderwijsloket.portal.notification.CalendarEvent;
import nl.onderwijsloket.portal.notification.CalendarUids;
import nl.onderwijsloket.portal.notification.MailText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What every enrolment mail says about an edition, in the recipient's language, and its meetings as calendar
 * entries: one entry per meeting, with the meeting's UID ({@code meeting-<id>@<host>}), the same in every mail
 * to every participant for as long as the meeting exists.
 */
@Component
class EditionTexts {

    private final CalendarUids uids;
    private final String baseUrl;

    EditionTexts(CalendarUids uids, @Value("${portal.base-url:http://localhost:8080}") String baseUrl) {
        this.uids = uids;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Course, provider, meetings (or the period when none are planned) and place. */
    List<String> details(EditionFacts edition, MailText text) {
        var lines = new ArrayList<String>();
        lines.add(text.label("mail.label.course", edition.courseTitle()));
        lines.add(text.label("mail.label.provider", edition.providerName()));
        if (edition.meetings().isEmpty()) {
            lines.add(text.label("mail.label.period",
                    text.get("mail.period", text.date(edition.startDate()), text.date(edition.endDate()))));
        } else {
            lines.add(text.label("mail.label.meetings", ""));
            edition.meetings().forEach(meeting -> lines.add(meetingLine(meeting, text)));
        }
        lines.add(text.label("mail.label.location", location(edition, text)));
        return lines;
    }

    /** {@code - <day>, <start>–<end>: <topic>}. */
    String meetingLine(MeetingFacts meeting, MailText text) {
        String when = text.get("mail.meeting", text.date(meeting.startsAt().toLocalDate()),
                text.time(meeting.startsAt()), text.time(meeting.endsAt()));
        return "- " + (meeting.topic() == null || meeting.topic().isBlank() ? when : when + ": " + meeting.topic());
    }

    String location(EditionFacts edition, MailText text) {
        if (edition.online()) {
            return text.get("mail.location.online");
        }
        return edition.locationTown() == null || edition.locationTown().isBlank() ? edition.locationName()
                : edition.locationName() + ", " + edition.locationTown();
    }

    String courseUrl(EditionFacts edition) {
        return baseUrl + "/cursus/" + edition.courseId();
    }

    String uid(long meetingId) {
        return uids.of("meeting", meetingId);
    }

    /** The calendar entry of one meeting of the edition. */
    CalendarEvent entry(EditionFacts edition, MeetingFacts meeting, MailText text) {
        String summary = meeting.topic() == null || meeting.topic().isBlank() ? edition.courseTitle()
                : edition.courseTitle() + " – " + meeting.topic();
        return new CalendarEvent(uid(meeting.id()), meeting.startsAt(), meeting.endsAt(), summary,
                location(edition, text), edition.providerName() + "\n" + courseUrl(edition));
    }

    List<CalendarEvent> entries(EditionFacts edition, List<MeetingFacts> meetings, MailText text) {
        return meetings.stream().map(m -> entry(edition, m, text)).toList();
    }
}
