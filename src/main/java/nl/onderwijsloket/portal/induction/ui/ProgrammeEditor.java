package nl.onderwijsloket.portal.induction.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import nl.onderwijsloket.portal.induction.Helper;
import nl.onderwijsloket.portal.induction.MilestoneDraft;
import nl.onderwijsloket.portal.induction.MilestoneKind;
import nl.onderwijsloket.portal.induction.MilestoneRow;
import nl.onderwijsloket.portal.induction.ProgrammeDetails;
import nl.onderwijsloket.portal.induction.ProgrammeService;
import nl.onderwijsloket.portal.ui.ServiceFeedback;

/**
 * A programme's milestones, one small grid per year, with adding, editing, moving and removing. The same
 * for a board's copy (HR) and a template (the coordinator): the service decides who may change which.
 * Narrow enough for a phone: kind and helper sit under the description, the actions are icons.
 */
class ProgrammeEditor extends Composite<VerticalLayout> {

    private final ProgrammeDetails details;
    private final ProgrammeService programmes;
    private final Runnable refresh;

    ProgrammeEditor(ProgrammeDetails details, ProgrammeService programmes, Runnable refresh) {
        this.details = details;
        this.programmes = programmes;
        this.refresh = refresh;
        var layout = getContent();
        layout.setPadding(false);
        layout.setWidthFull();
        layout.setId("programme-editor");
        for (int year = 1; year <= details.programme().years(); year++) {
            layout.add(year(year));
        }
    }

    private Component year(int year) {
        List<MilestoneRow> rows = details.inYear(year);
        var heading = new H3(getTranslation("induction.programme.year", year));
        var section = new Section(heading);
        section.setId("programme-year-" + year);
        section.setWidthFull();

        var grid = new Grid<MilestoneRow>();
        grid.setId("milestones-year-" + year);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT,
                GridVariant.LUMO_COMPACT);
        grid.getElement().setAttribute("aria-label", getTranslation("induction.programme.year", year));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("induction.milestone.empty"));
        grid.addComponentColumn(this::description).setKey("title")
                .setHeader(getTranslation("induction.milestone.column.title")).setFlexGrow(4);
        grid.addColumn(m -> getTranslation("induction.milestone.times", m.requiredCount())).setKey("count")
                .setHeader(getTranslation("induction.milestone.column.count")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(m -> actions(m, rows)).setKey("actions")
                .setHeader(getTranslation("induction.milestone.column.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(rows);

        var add = new Button(getTranslation("induction.milestone.add"), VaadinIcon.PLUS.create(),
                e -> open(null, new MilestoneDraft(year, MilestoneKind.MENTOR_CONVERSATION, "", 1, Helper.MENTOR)));
        add.setId("milestone-add-year-" + year);
        add.getElement().setAttribute("aria-label", getTranslation("induction.milestone.add-to-year", year));
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        section.add(grid, add);
        return section;
    }

    private Component description(MilestoneRow milestone) {
        var title = new Span(milestone.title());
        title.addClassName("milestone-title");
        var details = new Span(getTranslation("induction.milestone.details", getTranslation(milestone.kind().labelKey()),
                getTranslation(milestone.helper().labelKey())));
        details.addClassNames("milestone-details", "text-secondary", "text-s");
        var cell = new Div(title, new Div(details));
        cell.addClassName("milestone-" + milestone.id());
        return cell;
    }

    private Component actions(MilestoneRow milestone, List<MilestoneRow> year) {
        int index = year.indexOf(milestone);
        var up = icon(VaadinIcon.ARROW_UP, "induction.milestone.up", "milestone-up",
                () -> programmes.moveMilestone(milestone.id(), milestone.version(), milestone.year(), index));
        up.setEnabled(index > 0);
        var down = icon(VaadinIcon.ARROW_DOWN, "induction.milestone.down", "milestone-down",
                () -> programmes.moveMilestone(milestone.id(), milestone.version(), milestone.year(), index + 2));
        down.setEnabled(index < year.size() - 1);
        var edit = new Button(VaadinIcon.EDIT.create(), e -> open(milestone, milestone.draft()));
        edit.addClassName("milestone-edit");
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        edit.getElement().setAttribute("aria-label", getTranslation("induction.milestone.edit"));
        edit.setTooltipText(getTranslation("induction.milestone.edit"));
        var remove = icon(VaadinIcon.TRASH, "induction.milestone.remove", "milestone-remove", () -> {
            programmes.removeMilestone(milestone.id(), milestone.version());
            Notification.show(getTranslation("induction.milestone.removed"));
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var bar = new HorizontalLayout(up, down, edit, remove);
        bar.setSpacing(false);
        return bar;
    }

    private Button icon(VaadinIcon icon, String labelKey, String className, Runnable call) {
        var button = new Button(icon.create(), e -> ServiceFeedback.runThenRefresh(this, call, refresh));
        button.addClassName(className);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.getElement().setAttribute("aria-label", getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        return button;
    }

    /** Opens the form for a new milestone ({@code milestone} null) or an existing one. */
    private void open(MilestoneRow milestone, MilestoneDraft initial) {
        var dialog = new MilestoneDialog(milestone == null, details.programme().years(), initial, draft -> {
            boolean saved = ServiceFeedback.run(this, () -> {
                if (milestone == null) {
                    programmes.addMilestone(details.programme().id(), draft);
                } else {
                    programmes.updateMilestone(milestone.id(), milestone.version(), draft);
                }
            });
            if (saved) {
                Notification.show(getTranslation("induction.milestone.saved"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh.run();
            }
            return saved;
        });
        dialog.open();
    }
}
