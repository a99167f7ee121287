package nl.onderwijsloket.portal.induction.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import nl.onderwijsloket.portal.induction.InductionService;
import nl.onderwijsloket.portal.induction.InductionSettings;
import nl.onderwijsloket.portal.induction.MentorLoad;
import nl.onderwijsloket.portal.ui.ServiceFeedback;

/**
 * HR's settings for the board's induction: whether its mentors may guide starters of other boards, when the
 * signals go off, and per mentor how many starters they take at most.
 */
final class InductionSettingsDialog {

    private InductionSettingsDialog() {
    }

    static void open(Component owner, InductionService induction, Runnable changed) {
        var dialog = new Dialog();
        dialog.setId("induction-settings-dialog");
        dialog.setHeaderTitle(owner.getTranslation("induction.settings.title"));
        dialog.setWidth("min(48rem, 95vw)");
        var body = new Div();
        dialog.add(body);
        Runnable[] show = new Runnable[1];
        show[0] = () -> {
            body.removeAll();
            body.add(settings(owner, induction, () -> {
                show[0].run();
                changed.run();
            }), mentors(owner, induction, () -> {
                show[0].run();
                changed.run();
            }));
        };
        show[0].run();
        var close = new Button(owner.getTranslation("induction.settings.close"), e -> dialog.close());
        close.setId("induction-settings-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    private static Component settings(Component owner, InductionService induction, Runnable saved) {
        InductionSettings current = induction.settings();
        var outside = new Checkbox(owner.getTranslation("induction.settings.outside"), current.mentorsOutside());
        outside.setId("settings-outside");
        var days = new IntegerField(owner.getTranslation("induction.settings.unpaired-days"));
        days.setId("settings-unpaired-days");
        days.setMin(1);
        days.setMax(InductionSettings.MAX_DAYS);
        days.setStepButtonsVisible(true);
        days.setValue(current.unpairedDays());
        days.setWidth("12rem");
        var weeks = new IntegerField(owner.getTranslation("induction.settings.quiet-weeks"));
        weeks.setId("settings-quiet-weeks");
        weeks.setMin(1);
        weeks.setMax(InductionSettings.MAX_WEEKS);
        weeks.setStepButtonsVisible(true);
        weeks.setValue(current.quietWeeks());
        weeks.setWidth("12rem");
        var save = new Button(owner.getTranslation("guidance.form.save"), e -> {
            if (ServiceFeedback.run(owner, () -> induction.saveSettings(new InductionSettings(outside.getValue(),
                    orZero(days.getValue()), orZero(weeks.getValue()), current.version())))) {
                Notification.show(owner.getTranslation("induction.settings.saved"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
            saved.run();
        });
        save.setId("settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var thresholds = new HorizontalLayout(days, weeks, save);
        thresholds.setWrap(true);
        thresholds.setAlignItems(FlexComponent.Alignment.BASELINE);
        var help = new Paragraph(owner.getTranslation("induction.settings.thresholds-help"));
        help.addClassName("guidance-privacy");
        return new Div(new H3(owner.getTranslation("induction.settings.heading")), outside, thresholds, help);
    }

    private static Component mentors(Component owner, InductionService induction, Runnable changed) {
        var list = induction.mentors();
        var grid = new Grid<MentorLoad>();
        grid.setId("settings-mentors");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.getElement().setAttribute("aria-label", owner.getTranslation("induction.settings.mentors"));
        grid.setAllRowsVisible(list.size() <= 12);
        grid.addColumn(MentorLoad::name).setHeader(owner.getTranslation("induction.settings.mentor")).setFlexGrow(2);
        grid.addColumn(m -> m.schoolName() == null ? "" : m.schoolName())
                .setHeader(owner.getTranslation("induction.column.school")).setFlexGrow(2);
        grid.addColumn(m -> owner.getTranslation("induction.settings.load", m.livePairings(), m.capacity()))
                .setHeader(owner.getTranslation("induction.settings.load-header")).setFlexGrow(1);
        grid.addComponentColumn(m -> capacityField(owner, induction, m, changed)).setKey("capacity")
                .setHeader(owner.getTranslation("induction.settings.capacity")).setFlexGrow(1);
        grid.setItems(list);
        var box = new Div(new H3(owner.getTranslation("induction.settings.mentors")),
                new Paragraph(owner.getTranslation("induction.settings.mentors-intro")));
        box.add(list.isEmpty() ? new Paragraph(owner.getTranslation("induction.settings.no-mentors")) : grid);
        return box;
    }

    private static Component capacityField(Component owner, InductionService induction, MentorLoad mentor,
                                           Runnable changed) {
        var field = new IntegerField();
        field.addClassName("mentor-capacity");
        field.setAriaLabel(owner.getTranslation("induction.settings.capacity-of", mentor.name()));
        field.setMin(0);
        field.setMax(12);
        field.setStepButtonsVisible(true);
        field.setWidth("8rem");
        field.setValue(mentor.capacity());
        field.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && e.getValue() != mentor.capacity()) {
                if (!ServiceFeedback.run(owner, () -> induction.setMentorCapacity(mentor.employeeId(), e.getValue()))) {
                    field.setValue(mentor.capacity());
                    return;
                }
                changed.run();
            }
        });
        return field;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
