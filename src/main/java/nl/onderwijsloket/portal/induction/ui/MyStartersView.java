package nl.onderwijsloket.portal.induction.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.onderwijsloket.portal.induction.GuidanceService;
import nl.onderwijsloket.portal.induction.Mentee;
import nl.onderwijsloket.portal.induction.PairingService;
import nl.onderwijsloket.portal.induction.PairingStatus;
import nl.onderwijsloket.portal.security.Role;
import nl.onderwijsloket.portal.ui.Formats;
import nl.onderwijsloket.portal.ui.PageTitles;
import nl.onderwijsloket.portal.ui.ServiceFeedback;

/**
 * The mentor's "Mijn starters": each starter with what needs doing (a proposal to answer, the fit question,
 * overdue milestones), the next and the last meeting, and logging or planning a meeting in a few taps.
 */
@Route(InductionMenu.MY_STARTERS)
@RolesAllowed(Role.MENTOR_ROLE)
class MyStartersView extends VerticalLayout implements HasDynamicTitle {

    private final GuidanceService guidance;
    private final PairingService pairings;
    private final Clock clock;
    private final Div cards = new Div();

    MyStartersView(GuidanceService guidance, PairingService pairings, Clock clock) {
        this.guidance = guidance;
        this.pairings = pairings;
        this.clock = clock;
        addClassName("my-starters-view");
        var heading = new H1(getTranslation("my-starters.heading"));
        heading.setId("my-starters-heading");
        var intro = new Paragraph(getTranslation("my-starters.intro"));
        intro.addClassName("lead");
        cards.addClassName("mentee-cards");
        cards.setWidthFull();
        add(heading, intro, cards);
        show();
    }

    private void show() {
        cards.removeAll();
        List<Mentee> mentees = guidance.mentees();
        if (mentees.isEmpty()) {
            cards.add(new Paragraph(getTranslation("my-starters.empty")));
        }
        mentees.forEach(m -> cards.add(card(m)));
    }

    private Component card(Mentee mentee) {
        var card = new Div();
        card.addClassName("mentee-card");
        card.getElement().setAttribute("data-pairing", String.valueOf(mentee.pairingId()));
        var name = new H2(mentee.starterName());
        name.addClassName("mentee-name");
        var status = new Span(getTranslation(mentee.status().labelKey()));
        status.getElement().getThemeList().add(mentee.status() == PairingStatus.ACTIVE ? "badge success" : "badge");
        status.addClassName("mentee-status");
        var where = new Paragraph(String.join(" · ", List.of(
                mentee.schoolName() == null ? "" : mentee.schoolName(), mentee.programmeName(),
                getTranslation("induction.year", mentee.year())).stream().filter(s -> !s.isEmpty()).toList()));
        where.addClassName("mentee-where");
        card.add(new Div(name, status), where);
        card.add(facts(mentee));
        if (mentee.status() == PairingStatus.ACTIVE && mentee.nextMeeting() != null) {
            card.add(MeetingActions.of(this, guidance, mentee.nextMeeting(), LocalDate.now(clock), this::show));
        }
        var actions = new HorizontalLayout();
        actions.setWrap(true);
        actions.addClassName("mentee-actions");
        if (mentee.status() == PairingStatus.PROPOSED) {
            var accept = new Button(getTranslation("my-starters.accept"),
                    e -> ServiceFeedback.runThenRefresh(this, () -> {
                        pairings.accept(mentee.pairingId());
                        Notification.show(getTranslation("my-starters.accepted", mentee.starterName()))
                                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    }, this::show));
            accept.addClassName("accept-pairing");
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var decline = new Button(getTranslation("my-starters.decline"), e -> decline(mentee));
            decline.addClassName("decline-pairing");
            actions.add(accept, decline);
        }
        if (mentee.status() == PairingStatus.ACTIVE) {
            var log = new Button(getTranslation("my-starters.log-meeting"), e -> logMeeting(mentee));
            log.addClassName("log-meeting");
            log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var plan = new Button(getTranslation("my-starters.plan-meeting"), e -> planMeeting(mentee));
            plan.addClassName("plan-meeting");
            actions.add(log, plan);
        }
        card.add(actions);
        if (mentee.fitQuestionOpen()) {
            card.add(FitQuestion.of(this, fits -> ServiceFeedback.runThenRefresh(this,
                    () -> pairings.answerFit(mentee.pairingId(), fits), this::show)));
        }
        if (mentee.status() != PairingStatus.PROPOSED) {
            card.add(progress(mentee));
            var details = new Details(getTranslation("my-starters.log"));
            details.addClassName("mentee-log");
            details.addOpenedChangeListener(e -> {
                if (e.isOpened() && details.getContent().findAny().isEmpty()) {
                    details.add(GuidanceLogList.of(this, guidance.log(mentee.pairingId()), null));
                }
            });
            card.add(details);
        }
        return card;
    }

    /** The mentee's milestones, loaded when opened; the mentor ticks off what was done. */
    private Component progress(Mentee mentee) {
        var details = new Details(getTranslation("my-starters.progress"));
        details.addClassName("mentee-progress");
        details.addOpenedChangeListener(e -> {
            if (e.isOpened() && details.getContent().findAny().isEmpty()) {
                details.add(ProgressGrid.of(this, guidance.menteeProgress(mentee.pairingId()), mentee.year(),
                        LocalDate.now(clock), (m, on, note) -> {
                            boolean saved = ServiceFeedback.run(this, () -> guidance.recordMilestone(
                                    mentee.placementId(), m.milestoneId(), on, note));
                            if (saved) {
                                Notification.show(getTranslation("progress.recorded", m.title()))
                                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                                show();
                            }
                            return saved;
                        }));
            }
        });
        return details;
    }

    private Component facts(Mentee mentee) {
        var facts = new Div();
        facts.addClassName("mentee-facts");
        facts.add(fact("my-starters.meetings", String.valueOf(mentee.meetings())));
        facts.add(fact("my-starters.last-meeting", mentee.lastMeeting() == null ? getTranslation("my-starters.none")
                : Formats.date(mentee.lastMeeting())));
        facts.add(fact("my-starters.next-meeting", mentee.nextMeeting() == null ? getTranslation("my-starters.none")
                : Formats.dateTime(mentee.nextMeeting().startsAt()) + ", " + mentee.nextMeeting().place()));
        var overdue = fact("my-starters.overdue", String.valueOf(mentee.overdue()));
        if (mentee.overdue() > 0) {
            overdue.addClassName("overdue");
        }
        facts.add(overdue);
        return facts;
    }

    private Span fact(String key, String value) {
        var fact = new Span(getTranslation(key) + ": " + value);
        fact.addClassName("mentee-fact");
        return fact;
    }

    private void logMeeting(Mentee mentee) {
        var form = new GuidanceEntryForm(LocalDate.now(clock));
        FormDialog.open(this, "log-meeting-dialog", getTranslation("my-starters.log-meeting-for", mentee.starterName()),
                form, getTranslation("guidance.form.save"), () -> form.valid().map(draft -> {
                    boolean saved = ServiceFeedback.run(this, () -> guidance.addEntry(mentee.pairingId(), draft));
                    if (saved) {
                        Notification.show(getTranslation("guidance.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        show();
                    }
                    return saved;
                }).orElse(false));
    }

    private void planMeeting(Mentee mentee) {
        var form = new MeetingPlanForm(LocalDate.now(clock));
        FormDialog.open(this, "plan-meeting-dialog", getTranslation("my-starters.plan-meeting-for", mentee.starterName()),
                form, getTranslation("guidance.plan.save"), () -> form.valid().map(plan -> {
                    boolean saved = ServiceFeedback.run(this,
                            () -> guidance.planMeeting(mentee.pairingId(), plan.start(), plan.end(), plan.place()));
                    if (saved) {
                        Notification.show(getTranslation("guidance.plan.saved"))
                                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        show();
                    }
                    return saved;
                }).orElse(false));
    }

    private void decline(Mentee mentee) {
        var reason = new TextArea(getTranslation("my-starters.decline-reason"));
        reason.setId("decline-reason");
        reason.setWidthFull();
        reason.setMaxLength(500);
        FormDialog.open(this, "decline-dialog", getTranslation("my-starters.decline"), reason,
                getTranslation("my-starters.decline"), () -> {
                    boolean done = ServiceFeedback.run(this, () -> pairings.decline(mentee.pairingId(), reason.getValue()));
                    if (done) {
                        show();
                    }
                    return done;
                });
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "my-starters.title");
    }
}
