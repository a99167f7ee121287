package nl.onderwijsloket.portal.induction.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import nl.onderwijsloket.portal.induction.GuidanceService;
import nl.onderwijsloket.portal.induction.MyGuidance;
import nl.onderwijsloket.portal.induction.PairingService;
import nl.onderwijsloket.portal.induction.PairingStatus;
import nl.onderwijsloket.portal.security.Role;
import nl.onderwijsloket.portal.ui.Formats;
import nl.onderwijsloket.portal.ui.PageTitles;
import nl.onderwijsloket.portal.ui.ServiceFeedback;

/**
 * The starter's "Mijn begeleiding": the programme and how far they are, who helps with what, their facilities,
 * the meetings ahead and the guidance log, in which they can share a single entry with HR and take it back.
 */
@Route(InductionMenu.MY_GUIDANCE)
@RolesAllowed(Role.EMPLOYEE_ROLE)
class MyGuidanceView extends VerticalLayout implements HasDynamicTitle {

    private final GuidanceService guidance;
    private final PairingService pairings;
    private final Clock clock;

    MyGuidanceView(GuidanceService guidance, PairingService pairings, Clock clock) {
        this.guidance = guidance;
        this.pairings = pairings;
        this.clock = clock;
        addClassName("my-guidance-view");
        show();
    }

    private void show() {
        removeAll();
        var heading = new H1(getTranslation("my-guidance.heading"));
        heading.setId("my-guidance-heading");
        add(heading);
        Optional<MyGuidance> mine = guidance.myGuidance();
        if (mine.isEmpty()) {
            var none = new Paragraph(getTranslation("my-guidance.not-placed"));
            none.setId("my-guidance-not-placed");
            add(none);
            return;
        }
        MyGuidance my = mine.get();
        var intro = new Paragraph(getTranslation("my-guidance.intro", my.programmeName(), my.year(),
                Formats.date(my.startedOn())));
        intro.addClassName("lead");
        add(intro);
        if (my.fitQuestionOpen() && my.pairingId() != null) {
            add(FitQuestion.of(this, fits -> ServiceFeedback.runThenRefresh(this,
                    () -> pairings.answerFit(my.pairingId(), fits), this::show)));
        }
        add(helpers(my), progress(my), meetings(my), facilities(my), log(my));
    }

    private Component helpers(MyGuidance my) {
        var section = section("my-guidance-helpers", "my-guidance.helpers");
        var list = new UnorderedList();
        list.addClassName("helper-card");
        for (var helper : my.helpers()) {
            var item = new ListItem();
            item.addClassName("helper");
            var role = new Span(getTranslation(helper.helper().labelKey()) + ": ");
            role.addClassName("helper-role");
            item.add(role);
            if (helper.name() == null) {
                item.add(new Span(getTranslation(helper.helper() == nl.onderwijsloket.portal.induction.Helper.MENTOR
                        && my.pairingStatus() == PairingStatus.PROPOSED ? "my-guidance.mentor-proposed"
                        : "my-guidance.nobody-yet")));
            } else {
                item.add(new Span(helper.name()));
                if (helper.email() != null) {
                    item.add(new Span(" – "), new Anchor("mailto:" + helper.email(), helper.email()));
                }
            }
            if (!helper.helpsWith().isEmpty()) {
                var with = new Div(new Span(getTranslation("my-guidance.helps-with") + " "
                        + String.join(", ", helper.helpsWith())));
                with.addClassName("helper-helps-with");
                item.add(with);
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Component progress(MyGuidance my) {
        var section = section("my-guidance-progress", "my-guidance.progress");
        var grid = ProgressGrid.of(this, my.progress(), my.year(), LocalDate.now(clock), (m, on, note) -> {
            boolean saved = ServiceFeedback.run(this,
                    () -> guidance.recordMilestone(my.placementId(), m.milestoneId(), on, note));
            if (saved) {
                Notification.show(getTranslation("progress.recorded", m.title()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                show();
            }
            return saved;
        });
        grid.setId("my-guidance-progress-grid");
        section.add(grid);
        return section;
    }

    private Component meetings(MyGuidance my) {
        var section = section("my-guidance-meetings", "my-guidance.meetings");
        if (my.meetings().isEmpty()) {
            section.add(new Paragraph(getTranslation("my-guidance.meetings.empty")));
            return section;
        }
        var list = new UnorderedList();
        boolean active = my.pairingStatus() == PairingStatus.ACTIVE;
        my.meetings().forEach(m -> {
            var item = new ListItem(new Span(Formats.dateTime(m.startsAt()) + "–" + Formats.time(m.endsAt()) + ", "
                    + m.place()));
            item.addClassName("planned-meeting");
            if (active) {
                item.add(MeetingActions.of(this, guidance, m, LocalDate.now(clock), this::show));
            }
            list.add(item);
        });
        section.add(list);
        return section;
    }

    private Component facilities(MyGuidance my) {
        var section = section("my-guidance-facilities", "my-guidance.facilities");
        if (my.facilities().isEmpty()) {
            section.add(new Paragraph(getTranslation("my-guidance.facilities.empty")));
            return section;
        }
        var list = new UnorderedList();
        my.facilities().forEach(f -> list.add(new ListItem(getTranslation("induction.year", f.year()) + ": "
                + getTranslation(f.kind().labelKey() + ".amount", f.granted(), f.used()))));
        section.add(list);
        return section;
    }

    private Component log(MyGuidance my) {
        var section = section("my-guidance-log", "my-guidance.log");
        var note = new Paragraph(getTranslation("my-guidance.log.private"));
        note.addClassName("guidance-privacy");
        section.add(note);
        if (my.pairingId() == null) {
            section.add(new Paragraph(getTranslation("guidance.log.empty")));
            return section;
        }
        if (my.pairingStatus() == PairingStatus.ACTIVE) {
            var add = new Button(getTranslation("my-starters.log-meeting"), e -> {
                var form = new GuidanceEntryForm(LocalDate.now(clock));
                FormDialog.open(this, "log-meeting-dialog", getTranslation("my-starters.log-meeting"), form,
                        getTranslation("guidance.form.save"), () -> form.valid().map(draft -> {
                            boolean saved = ServiceFeedback.run(this, () -> guidance.addEntry(my.pairingId(), draft));
                            if (saved) {
                                show();
                            }
                            return saved;
                        }).orElse(false));
            });
            add.addClassName("log-meeting");
            section.add(add);
        }
        section.add(GuidanceLogList.of(this, guidance.log(my.pairingId()), (entry, share) ->
                ServiceFeedback.runThenRefresh(this, () -> {
                    guidance.share(entry.id(), share);
                    Notification.show(getTranslation(share ? "guidance.log.shared-now" : "guidance.log.unshared-now"))
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                }, this::show)));
        return section;
    }

    private Section section(String id, String headingKey) {
        var section = new Section();
        section.setId(id);
        section.setWidthFull();
        section.add(new H2(getTranslation(headingKey)));
        return section;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "my-guidance.title");
    }
}
