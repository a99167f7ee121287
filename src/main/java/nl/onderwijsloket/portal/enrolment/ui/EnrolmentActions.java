package nl.onderwijsloket.portal.enrolment.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import nl.onderwijsloket.portal.enrolment.BookingResult;
import nl.onderwijsloket.portal.enrolment.EnrolmentService;
import nl.onderwijsloket.portal.enrolment.EnrolmentStatus;
import nl.onderwijsloket.portal.enrolment.MyEnrolment;
import nl.onderwijsloket.portal.security.PortalUser;
import nl.onderwijsloket.portal.security.Role;
import nl.onderwijsloket.portal.ui.EditionActions;
import nl.onderwijsloket.portal.ui.Links;
import nl.onderwijsloket.portal.ui.ServiceFeedback;
import org.jspecify.annotations.Nullable;

/**
 * What a visitor can do with one edition, shown under it on the course page: sign in, enrol (or join the
 * waitlist, or ask for approval), see her own status, accept or decline an offered seat, cancel; HR gets a
 * link to book staff. The services decide; this only offers what makes sense. The course page shows it
 * through {@link EnrolmentOnCoursePage}.
 */
class EnrolmentActions extends Composite<HorizontalLayout> {

    private final EnrolmentService enrolments;
    private final Runnable refresh;

    EnrolmentActions(EnrolmentService enrolments, @Nullable PortalUser user, EditionActions.Edition edition,
                            @Nullable MyEnrolment mine, Runnable refresh) {
        this.enrolments = enrolments;
        this.refresh = refresh;
        var bar = getContent();
        bar.addClassName("enrolment-actions");
        bar.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        bar.setWrap(true);
        if (user == null) {
            if (edition.open()) {
                bar.add(Links.signIn().anchor(getTranslation("enrol.sign-in-to-enrol")));
            }
            return;
        }
        if (mine != null && mine.status() != EnrolmentStatus.CANCELLED) {
            showMine(mine);
        } else if (edition.open() && user.employeeId() != null && user.has(Role.EMPLOYEE)) {
            if (mine != null && mine.reason() != null) {
                bar.add(note(getTranslation("enrol.previously-cancelled", StatusLabels.reason(this, mine.reason()))));
            }
            String label = edition.approvalRequired() ? "enrol.request"
                    : edition.full() ? "enrol.waitlist" : "enrol.enrol";
            var enrol = new Button(getTranslation(label), e -> run(() -> announce(enrolments.enrolSelf(edition.id()))));
            enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            enrol.addClassName("enrol-button");
            bar.add(enrol);
        }
        if (user.has(Role.HR) && edition.open()) {
            var book = Links.booking(edition.id()).anchor(getTranslation("enrol.book-staff"));
            book.addClassName("book-staff");
            bar.add(book);
        }
    }

    private void showMine(MyEnrolment mine) {
        var bar = getContent();
        var status = note(getTranslation("enrol.your-status",
                StatusLabels.status(this, mine.status(), mine.waitlistPosition(), mine.offerExpiresAt())));
        status.addClassName("my-status");
        bar.add(status);
        if (mine.status() == EnrolmentStatus.OFFERED) {
            var accept = new Button(getTranslation("enrol.accept"), e -> run(() -> {
                enrolments.acceptOffer(mine.id());
                Notification.show(getTranslation("enrol.accepted")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }));
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            var decline = new Button(getTranslation("enrol.decline-offer"), e -> run(() -> enrolments.declineOffer(mine.id())));
            bar.add(accept, decline);
        }
        if (mine.status().active()) {
            var cancel = new Button(getTranslation("enrol.cancel"), e -> run(() -> {
                enrolments.cancel(mine.id(), null);
                Notification.show(getTranslation("enrol.cancelled"));
            }));
            cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            cancel.addClassName("cancel-enrolment");
            bar.add(cancel);
        }
    }

    private void announce(BookingResult result) {
        String text = result.outcome() == BookingResult.Outcome.WAITLISTED
                ? getTranslation("enrol.done.waitlisted", result.waitlistPosition())
                : getTranslation("enrol.done." + result.outcome().name().toLowerCase(java.util.Locale.ROOT));
        Notification.show(text, 6000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Runs a service call; a rule that says no is shown in the user's language and changes nothing. */
    private void run(Runnable action) {
        ServiceFeedback.runThenRefresh(this, action, refresh);
    }

    private static Span note(String text) {
        var span = new Span(text);
        span.addClassName("enrolment-note");
        return span;
    }
}
