package nl.onderwijsloket.portal.catalogue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.onderwijsloket.portal.catalogue.CourseRef;
import nl.onderwijsloket.portal.catalogue.EditionDetails;
import nl.onderwijsloket.portal.catalogue.EditionPlanningService;
import nl.onderwijsloket.portal.catalogue.EditionStatus;
import nl.onderwijsloket.portal.catalogue.MeetingPlan;
import nl.onderwijsloket.portal.security.Role;
import nl.onderwijsloket.portal.ui.Formats;
import nl.onderwijsloket.portal.ui.Links;
import nl.onderwijsloket.portal.ui.PageTitles;
import nl.onderwijsloket.portal.ui.ServiceFeedback;
import org.springframework.security.access.AccessDeniedException;

/**
 * A provider plans an edition of one of its own courses: a new one
 * ({@code mijn-aanbod/cursus/{course}/nieuwe-editie}) or an existing one with its meetings
 * ({@code mijn-aanbod/editie/{edition}}). An edition of another provider's course is "not found".
 */
@Route(Links.EDITION_ROUTE)
@RouteAlias(Links.NEW_EDITION_ROUTE)
@RolesAllowed(Role.PROVIDER_ROLE)
class EditionEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EditionPlanningService planning;
    private String title = "";

    EditionEditorView(EditionPlanningService planning) {
        this.planning = planning;
        addClassName("edition-editor-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getRouteParameters();
        try {
            if (params.getLong(Links.EDITION_ID).isPresent()) {
                showEdition(params.getLong(Links.EDITION_ID).get());
            } else {
                showNew(planning.ownCourse(params.getLong(Links.NEW_EDITION_COURSE_ID).orElseThrow(NotFoundException::new))
                        .orElseThrow(NotFoundException::new));
            }
        } catch (AccessDeniedException e) {
            // Another provider's course or edition: do not reveal that it exists.
            throw new NotFoundException();
        }
    }

    private void showNew(CourseRef course) {
        title = getTranslation("edition.editor.new-title");
        removeAll();
        var form = new EditionForm(0, List.of(EditionStatus.PLANNED, EditionStatus.OPEN, EditionStatus.CLOSED),
                data -> run(() -> {
                    long id = planning.create(course.id(), data.toPlan());
                    Notification.show(getTranslation("edition.editor.created"), 4000, Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    Links.edition(id).navigate();
                }));
        form.read(EditionFormData.blank());
        add(back(), heading(title, course.title()), form);
    }

    private void showEdition(long editionId) {
        EditionDetails edition = planning.edition(editionId).orElseThrow(NotFoundException::new);
        title = getTranslation("edition.editor.edit-title");
        removeAll();
        EditionStatus current = edition.plan().status();
        boolean changeable = current != EditionStatus.CANCELLED && current != EditionStatus.COMPLETED;
        var participants = Links.participants(editionId).anchor(getTranslation("edition.editor.participants"));
        participants.setId("edition-participants-link");
        var seats = new Paragraph(getTranslation("edition.editor.seats", edition.seatsTaken(), edition.plan().capacity()));
        seats.setId("edition-seats");
        add(back(), heading(title, edition.courseTitle()), new HorizontalLayout(seats, participants));
        if (!changeable) {
            var note = new Paragraph(getTranslation("edition.editor.not-changeable",
                    getTranslation(current.labelKey())));
            note.setId("edition-not-changeable");
            add(note);
        }
        var form = new EditionForm(edition.seatsTaken(), statuses(current), data -> save(edition, data));
        form.read(EditionFormData.of(edition.plan()));
        form.setEnabled(changeable);
        add(form, meetings(edition, changeable));
    }

    private static List<EditionStatus> statuses(EditionStatus current) {
        return current == EditionStatus.PLANNED ? EditionPlanningService.CHOOSABLE
                : current == EditionStatus.OPEN || current == EditionStatus.CLOSED
                ? List.of(EditionStatus.OPEN, EditionStatus.CLOSED, EditionStatus.CANCELLED)
                : List.of(current);
    }

    private void save(EditionDetails edition, EditionFormData data) {
        Runnable update = () -> run(() -> {
            planning.update(edition.id(), edition.version(), data.toPlan(), data.getCancellationReason());
            Notification.show(getTranslation("edition.editor.saved"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            showEdition(edition.id());
        });
        if (data.getStatus() == EditionStatus.CANCELLED && edition.plan().status() != EditionStatus.CANCELLED) {
            var confirm = new ConfirmDialog(getTranslation("edition.editor.cancel.header"),
                    getTranslation("edition.editor.cancel.text"), getTranslation("edition.editor.cancel.confirm"),
                    e -> update.run());
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("edition.editor.cancel.back"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        } else {
            update.run();
        }
    }

    private Component meetings(EditionDetails edition, boolean changeable) {
        var section = new Section(new H2(getTranslation("edition.editor.meetings")));
        section.setId("edition-meetings");
        section.setWidthFull();
        var grid = new Grid<EditionDetails.PlannedMeeting>();
        grid.setId("meeting-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.getElement().setAttribute("aria-label", getTranslation("edition.editor.meetings"));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("edition.editor.no-meetings"));
        grid.addColumn(EditionDetails.PlannedMeeting::seq).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> Formats.shortDate(m.plan().date()))
                .setHeader(getTranslation("meeting.form.date")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> Formats.timeRange(m.plan().start(), m.plan().end()))
                .setHeader(getTranslation("meeting.column.time")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> m.plan().topic() == null ? "" : m.plan().topic())
                .setHeader(getTranslation("meeting.form.topic")).setFlexGrow(1);
        if (changeable) {
            grid.addComponentColumn(m -> {
                var edit = new Button(VaadinIcon.EDIT.create(), e -> openMeeting(edition, m));
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                edit.setAriaLabel(getTranslation("meeting.edit", m.seq()));
                edit.addClassName("meeting-edit");
                var remove = new Button(VaadinIcon.TRASH.create(), e -> removeMeeting(edition, m));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("meeting.remove", m.seq()));
                remove.addClassName("meeting-remove");
                return new HorizontalLayout(edit, remove);
            }).setHeader(getTranslation("meeting.column.actions")).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(edition.meetings());
        section.add(grid);
        if (changeable) {
            var add = new Button(getTranslation("meeting.add"), VaadinIcon.PLUS.create(), e -> openMeeting(edition, null));
            add.setId("meeting-add");
            section.add(add);
        }
        return section;
    }

    /** The meeting dialog: a new meeting when {@code meeting} is null, else that one. */
    private void openMeeting(EditionDetails edition, EditionDetails.PlannedMeeting meeting) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(meeting == null ? getTranslation("meeting.add")
                : getTranslation("meeting.edit", meeting.seq()));
        LocalDate first = edition.plan().startDate();
        var form = new MeetingForm(first, edition.plan().endDate());
        form.read(meeting == null ? new MeetingPlan(first, LocalTime.of(15, 30), LocalTime.of(17, 30), null)
                : meeting.plan());
        var save = new Button(getTranslation("meeting.save"), e -> form.valid().ifPresent(plan -> run(() -> {
            if (meeting == null) {
                planning.addMeeting(edition.id(), plan);
            } else {
                planning.updateMeeting(meeting.id(), meeting.version(), plan);
            }
            dialog.close();
            showEdition(edition.id());
        })));
        save.setId("meeting-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("meeting.cancel"), e -> dialog.close());
        dialog.add(form);
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private void removeMeeting(EditionDetails edition, EditionDetails.PlannedMeeting meeting) {
        var confirm = new ConfirmDialog(getTranslation("meeting.remove.header", meeting.seq()),
                getTranslation("meeting.remove.text"), getTranslation("meeting.remove.confirm"),
                e -> run(() -> {
                    planning.removeMeeting(meeting.id(), meeting.version());
                    showEdition(edition.id());
                }));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("meeting.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /**
     * Runs a service call; a refusal is told in the user's language, a change made meanwhile in this screen's
     * words with a button that loads what is there now.
     */
    private void run(Runnable action) {
        ServiceFeedback.run(this, action, "edition.editor.conflict");
    }

    private Component back() {
        var back = new RouterLink(getTranslation("edition.editor.back"), ProviderCoursesView.class);
        back.addClassName("back-link");
        return back;
    }

    private static Component heading(String title, String course) {
        var heading = new H1(title);
        heading.setId("edition-editor-heading");
        var sub = new Paragraph(course);
        sub.setId("edition-editor-course");
        sub.addClassName("lead");
        return new Div(heading, sub);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.named(this, title);
    }
}
