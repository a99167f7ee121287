package nl.onderwijsloket.portal.induction.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import nl.onderwijsloket.portal.induction.MilestoneProgress;
import nl.onderwijsloket.portal.ui.DatePickers;
import nl.onderwijsloket.portal.ui.Formats;

/**
 * A starter's milestones with what is done, due and overdue, for the starter and their mentor; each milestone
 * not yet complete of this year or an earlier one can be ticked off with the day it was done.
 */
final class ProgressGrid {

    /** Saves "done on this day, with this note"; true when it was saved. */
    interface Recorder {
        boolean record(MilestoneProgress milestone, LocalDate on, String note);
    }

    private ProgressGrid() {
    }

    static Grid<MilestoneProgress> of(Component owner, List<MilestoneProgress> progress, int currentYear,
                                      LocalDate today, Recorder recorder) {
        var grid = new Grid<MilestoneProgress>();
        grid.addClassName("progress-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.getElement().setAttribute("aria-label", owner.getTranslation("my-guidance.progress"));
        grid.setAllRowsVisible(true);
        grid.addColumn(m -> owner.getTranslation("induction.year", m.year())).setKey("year")
                .setHeader(owner.getTranslation("my-guidance.column.year")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MilestoneProgress::title).setKey("milestone")
                .setHeader(owner.getTranslation("my-guidance.column.milestone")).setFlexGrow(3);
        grid.addColumn(m -> m.done() + " / " + m.required()).setKey("done")
                .setHeader(owner.getTranslation("my-guidance.column.done")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(m -> state(owner, m)).setKey("state")
                .setHeader(owner.getTranslation("my-guidance.column.state")).setFlexGrow(2);
        grid.addComponentColumn(m -> {
            if (m.complete() || m.year() > currentYear) {
                return new Span();
            }
            var tick = new Button(owner.getTranslation("progress.record"), e -> open(owner, m, today, recorder));
            tick.addClassName("record-milestone");
            tick.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            tick.setAriaLabel(owner.getTranslation("progress.record-of", m.title()));
            return tick;
        }).setKey("record").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(progress);
        return grid;
    }

    private static Component state(Component owner, MilestoneProgress m) {
        Span state;
        if (m.complete()) {
            state = new Span(owner.getTranslation("my-guidance.state.done"));
            state.getElement().getThemeList().add("badge success");
        } else if (m.overdue() > 0) {
            state = new Span(owner.getTranslation("my-guidance.state.overdue", m.overdue()));
            state.getElement().getThemeList().add("badge error");
        } else {
            state = new Span(owner.getTranslation("my-guidance.state.next", Formats.date(m.nextDue())));
            state.getElement().getThemeList().add("badge contrast");
        }
        state.addClassName("milestone-state");
        return state;
    }

    private static void open(Component owner, MilestoneProgress milestone, LocalDate today, Recorder recorder) {
        var day = new DatePicker(owner.getTranslation("progress.record.day"), today);
        day.setId("record-day");
        DatePickers.localize(day);
        day.setMax(today);
        day.setRequiredIndicatorVisible(true);
        var note = new TextField(owner.getTranslation("progress.record.note"));
        note.setId("record-note");
        note.setMaxLength(300);
        var form = new FormLayout(day, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        FormDialog.open(owner, "record-milestone-dialog", owner.getTranslation("progress.record-of", milestone.title()),
                form, owner.getTranslation("progress.record.save"), () -> {
                    if (day.getValue() == null || day.isInvalid()) {
                        day.setInvalid(true);
                        day.setErrorMessage(owner.getTranslation("guidance.form.required"));
                        return false;
                    }
                    return recorder.record(milestone, day.getValue(), note.getValue());
                });
    }
}
