package nl.onderwijsloket.portal.enrolment.mail;

import static nl.onderwijsloket.portal.enrolment.EnrolmentStatus.AWAITING_APPROVAL;
import static nl.onderwijsloket.portal.enrolment.EnrolmentStatus.CANCELLED;
import static nl.onderwijsloket.portal.enrolment.EnrolmentStatus.COMPLETED;
import static nl.onderwijsloket.portal.enrolment.EnrolmentStatus.ENROLLED;
import static nl.onderwijsloket.portal.enrolment.EnrolmentStatus.NO_SHOW;
import static nl.onderwijsloket.portal.enrolment.EnrolmentStatus.OFFERED;
import static nl.onderwijsloket.portal.enrolment.EnrolmentStatus.REQUESTED;
import static nl.onderwijsloket.portal.enrolment.EnrolmentStatus.WAITLISTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import nl.onderwijsloket.portal.notification.CalendarMethod;
import org.junit.jupiter.api.Test;

/** Which change mails what, and which carries a calendar. */
class MailKindTest {

    @Test
    void changesThatMatterToThePersonEarnAMail() {
        assertThat(MailKind.of(null, ENROLLED)).contains(MailKind.ENROLLED);
        assertThat(MailKind.of(REQUESTED, ENROLLED)).contains(MailKind.ENROLLED);
        assertThat(MailKind.of(AWAITING_APPROVAL, ENROLLED)).contains(MailKind.APPROVED_ENROLLED);
        assertThat(MailKind.of(OFFERED, ENROLLED)).contains(MailKind.OFFER_ACCEPTED);
        assertThat(MailKind.of(null, WAITLISTED)).contains(MailKind.WAITLISTED);
        assertThat(MailKind.of(AWAITING_APPROVAL, WAITLISTED)).contains(MailKind.APPROVED_WAITLISTED);
        assertThat(MailKind.of(WAITLISTED, OFFERED)).contains(MailKind.OFFERED);
        assertThat(MailKind.of(null, AWAITING_APPROVAL)).contains(MailKind.APPROVAL_ASKED);
        assertThat(MailKind.of(AWAITING_APPROVAL, CANCELLED)).contains(MailKind.DECLINED);
        assertThat(MailKind.of(ENROLLED, CANCELLED)).contains(MailKind.CANCELLED);
        assertThat(MailKind.of(OFFERED, CANCELLED)).contains(MailKind.CANCELLED);
        assertThat(MailKind.of(ENROLLED, COMPLETED)).contains(MailKind.COMPLETED);
        assertThat(MailKind.of(null, REQUESTED)).isEmpty();
        assertThat(MailKind.of(ENROLLED, NO_SHOW)).isEmpty();
    }

    @Test
    void aSeatSendsTheMeetingsAndGivingUpAnInvitedSeatCancelsThem() {
        assertThat(MailKind.calendar(null, ENROLLED)).contains(CalendarMethod.REQUEST);
        assertThat(MailKind.calendar(OFFERED, ENROLLED)).contains(CalendarMethod.REQUEST);
        assertThat(MailKind.calendar(AWAITING_APPROVAL, ENROLLED)).contains(CalendarMethod.REQUEST);
        assertThat(MailKind.calendar(ENROLLED, CANCELLED)).contains(CalendarMethod.CANCEL);
        assertThat(MailKind.calendar(OFFERED, CANCELLED)).isEmpty();
        assertThat(MailKind.calendar(WAITLISTED, CANCELLED)).isEmpty();
        assertThat(MailKind.calendar(null, WAITLISTED)).isEmpty();
        assertThat(MailKind.calendar(WAITLISTED, OFFERED)).isEmpty();
    }

    @Test
    void everyKindHasASubjectAndAnOpeningInBothLanguages() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties texts = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/i18n/" + file)) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (MailKind kind : MailKind.values()) {
                assertThat(texts.getProperty("mail." + kind.key() + ".subject")).as(file + " " + kind).isNotBlank();
                assertThat(texts.getProperty("mail." + kind.key() + ".intro")).as(file + " " + kind).isNotBlank();
            }
        }
    }
}
