package nl.onderwijsloket.portal.induction.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.LocalDate;
import nl.onderwijsloket.portal.induction.GuidanceService;
import nl.onderwijsloket.portal.induction.PlannedMeeting;
import nl.onderwijsloket.portal.ui.Formats;
import nl.onderwijsloket.portal.ui.ServiceFeedback;

/** "Verplaatsen" and "Afzeggen" for a planned guidance meeting, for its mentor and its starter alike. */
final class MeetingActions {

    private MeetingActions() {
    }

    static Component of(Component owner, GuidanceService guidance, PlannedMeeting meeting, LocalDate today,
                        Runnable changed) {
        var move = new Button(owner.getTranslation("guidance.plan.move"), e -> move(owner, guidance, meeting, today,
                changed));
        move.addClassName("move-meeting");
        var cancel = new Button(owner.getTranslation("guidance.plan.cancel"), e -> cancel(owner, guidance, meeting,
                changed));
        cancel.addClassName("cancel-meeting");
        for (Button b : new Button[] {move, cancel}) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        }
        var actions = new HorizontalLayout(move, cancel);
        actions.setSpacing(false);
        actions.addClassName("meeting-actions");
        return actions;
    }

    private static void move(Component owner, GuidanceService guidance, PlannedMeeting meeting, LocalDate today,
                             Runnable changed) {
        var form = new MeetingPlanForm(today);
        form.fill(meeting);
        FormDialog.open(owner, "move-meeting-dialog", owner.getTranslation("guidance.plan.move"), form,
                owner.getTranslation("guidance.plan.move-save"), () -> form.valid().map(plan -> {
                    boolean saved = ServiceFeedback.run(owner,
                            () -> guidance.moveMeeting(meeting.id(), plan.start(), plan.end(), plan.place()));
                    if (saved) {
                        Notification.show(owner.getTranslation("guidance.plan.moved"))
                                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        changed.run();
                    }
                    return saved;
                }).orElse(false));
    }

    private static void cancel(Component owner, GuidanceService guidance, PlannedMeeting meeting, Runnable changed) {
        var confirm = new ConfirmDialog();
        confirm.setId("cancel-meeting-dialog");
        confirm.setHeader(owner.getTranslation("guidance.plan.cancel"));
        confirm.setText(owner.getTranslation("guidance.plan.cancel-question", Formats.dateTime(meeting.startsAt())));
        confirm.setCancelable(true);
        confirm.setCancelText(owner.getTranslation("guidance.plan.keep"));
        confirm.setConfirmText(owner.getTranslation("guidance.plan.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            if (ServiceFeedback.run(owner, () -> guidance.cancelMeeting(meeting.id()))) {
                Notification.show(owner.getTranslation("guidance.plan.cancelled"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
            changed.run();
        });
        confirm.open();
    }
}
