package nl.onderwijsloket.portal.enrolment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import nl.onderwijsloket.portal.enrolment.EditionChoice;
import nl.onderwijsloket.portal.enrolment.EnrolmentService;
import nl.onderwijsloket.portal.enrolment.EnrolmentStatus;
import nl.onderwijsloket.portal.enrolment.ParticipantList;
import nl.onderwijsloket.portal.enrolment.ParticipantService;
import nl.onderwijsloket.portal.security.Role;
import nl.onderwijsloket.portal.ui.Formats;
import nl.onderwijsloket.portal.ui.Links;
import nl.onderwijsloket.portal.ui.PageTitles;
import nl.onderwijsloket.portal.ui.ServiceFeedback;
import nl.onderwijsloket.portal.ui.UrlQuery;
import org.springframework.security.access.AccessDeniedException;

/**
 * The people of one edition ({@code deelnemers?editie=…}), with a box per meeting for attendance. The
 * course's provider ticks attendance and marks participants as completed or as not having turned up;
 * HR (its own board's people) and coordinators (everybody) read along.
 */
@Route(Links.PARTICIPANTS_ROUTE)
@RolesAllowed({Role.PROVIDER_ROLE, Role.HR_ROLE, Role.COORDINATOR_ROLE})
class ParticipantsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ParticipantService participants;
    private final EnrolmentService enrolments;
    private final Clock clock;
    private Long editionId;

    ParticipantsView(ParticipantService participants, EnrolmentService enrolments, Clock clock) {
        this.participants = participants;
        this.enrolments = enrolments;
        this.clock = clock;
        addClassName("participants-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        editionId = UrlQuery.read(event.getLocation().getQueryParameters()).id(Links.EDITION).orElse(null);
        try {
            show();
        } catch (AccessDeniedException e) {
            // An edition outside the user's scope: do not reveal that it exists.
            throw new NotFoundException();
        }
    }

    private void show() {
        removeAll();
        var heading = new H1(getTranslation("participants.heading"));
        heading.setId("participants-heading");
        add(heading, picker());
        if (editionId == null) {
            add(new Paragraph(getTranslation("participants.pick")));
            return;
        }
        ParticipantList list = participants.participants(editionId).orElseThrow(NotFoundException::new);
        add(summary(list), grid(list));
    }

    private ComboBox<EditionChoice> picker() {
        var picker = new ComboBox<EditionChoice>(getTranslation("participants.edition"));
        picker.setId("participants-edition");
        picker.setPlaceholder(getTranslation("participants.edition.placeholder"));
        picker.setWidth("min(40rem, 100%)");
        picker.setItemLabelGenerator(this::label);
        picker.setItems(query -> participants.editions(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream(), query -> participants.countEditions(query.getFilter().orElse("")));
        if (editionId != null) {
            participants.edition(editionId).ifPresent(picker::setValue);
        }
        picker.addValueChangeListener(e -> {
            if (e.getValue() != null && !e.getValue().equals(e.getOldValue())) {
                Links.participants(e.getValue().id()).navigate();
            }
        });
        return picker;
    }

    private String label(EditionChoice choice) {
        return getTranslation("participants.edition.label", choice.courseTitle(),
                Formats.shortPeriod(this, choice.startDate(), choice.endDate()), choice.providerName());
    }

    private Component summary(ParticipantList list) {
        var edition = list.edition();
        var title = new H2(edition.courseTitle());
        title.setId("participants-course");
        var facts = new Paragraph(String.join(" · ", Formats.shortPeriod(this, edition.startDate(), edition.endDate()),
                getTranslation(edition.statusLabelKey()),
                getTranslation("participants.seats", edition.seatsTaken(), edition.capacity()),
                getTranslation("participants.study-load", edition.studyLoadHours())));
        facts.setId("participants-facts");
        var box = new VerticalLayout(title, facts);
        box.setPadding(false);
        box.setSpacing(false);
        if (list.manage()) {
            var edit = Links.edition(edition.id()).anchor(getTranslation("participants.edit-edition"));
            edit.setId("participants-edit-edition");
            box.add(new Paragraph(getTranslation("participants.manage-help")), edit);
        } else {
            box.add(new Paragraph(getTranslation(list.participants().isEmpty() ? "participants.none-visible"
                    : "participants.read-only")));
        }
        return box;
    }

    private Grid<ParticipantList.Participant> grid(ParticipantList list) {
        var grid = new Grid<ParticipantList.Participant>();
        grid.setId("participants-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.getElement().setAttribute("aria-label", getTranslation("participants.grid"));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("participants.empty"));
        grid.addColumn(ParticipantList.Participant::name).setKey("name")
                .setHeader(getTranslation("participants.column.name")).setFrozen(true).setAutoWidth(true);
        grid.addColumn(p -> p.school() == null ? p.board() : p.school()).setKey("school")
                .setHeader(getTranslation("participants.column.school")).setWidth("12rem").setFlexGrow(1);
        grid.addColumn(p -> StatusLabels.status(this, p.status(), p.waitlistPosition(), p.offerExpiresAt()))
                .setKey("status").setHeader(getTranslation("participants.column.status")).setAutoWidth(true);
        for (ParticipantList.Meeting meeting : list.meetings()) {
            grid.addComponentColumn(p -> attendance(list, meeting, p))
                    .setKey("meeting-" + meeting.id())
                    .setHeader(getTranslation("participants.column.meeting", meeting.seq(),
                            Formats.dayAndMonth(meeting.startsAt())))
                    .setTextAlign(ColumnTextAlign.CENTER).setWidth("6rem").setFlexGrow(0);
        }
        grid.addColumn(p -> p.hoursCredited() == null ? ""
                        : getTranslation("participants.credited", p.hoursCredited(), Formats.shortDate(p.completedOn())))
                .setKey("hours").setHeader(getTranslation("participants.column.hours")).setAutoWidth(true);
        if (list.manage()) {
            grid.addComponentColumn(p -> actions(list, p)).setKey("actions")
                    .setHeader(getTranslation("participants.column.actions")).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(list.participants());
        return grid;
    }

    private Component attendance(ParticipantList list, ParticipantList.Meeting meeting,
                                 ParticipantList.Participant participant) {
        if (!participant.attends()) {
            return new Span();
        }
        var box = new Checkbox(list.wasPresent(meeting.id(), participant.enrolmentId()));
        box.addClassName("attendance");
        box.getElement().setAttribute("data-meeting", String.valueOf(meeting.id()));
        box.getElement().setAttribute("data-enrolment", String.valueOf(participant.enrolmentId()));
        box.setAriaLabel(getTranslation("participants.present", participant.name(), meeting.seq()));
        boolean begun = !meeting.startsAt().isAfter(LocalDateTime.now(clock));
        box.setReadOnly(!list.manage());
        box.setEnabled(begun);
        if (!begun && list.manage()) {
            box.setTooltipText(getTranslation("attendance.error.not-yet"));
        }
        box.addValueChangeListener(e -> {
            if (!list.manage()) {
                return;
            }
            if (!ServiceFeedback.run(this,
                    () -> participants.recordAttendance(meeting.id(), participant.enrolmentId(), e.getValue()))) {
                box.setValue(e.getOldValue());
            }
        });
        return box;
    }

    private Component actions(ParticipantList list, ParticipantList.Participant participant) {
        var bar = new HorizontalLayout();
        bar.setSpacing(false);
        bar.getStyle().set("gap", "var(--lumo-space-s)");
        if (participant.status() != EnrolmentStatus.ENROLLED) {
            return bar;
        }
        boolean started = !LocalDate.now(clock).isBefore(list.edition().startDate());
        var complete = new Button(getTranslation("participants.complete"), e -> confirm(
                getTranslation("participants.complete.header", participant.name()),
                getTranslation("participants.complete.text", participant.name(), list.edition().studyLoadHours()),
                getTranslation("participants.complete"),
                () -> {
                    enrolments.complete(participant.enrolmentId());
                    Notification.show(getTranslation("participants.completed", participant.name()), 4000,
                            Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                }));
        complete.addClassName("complete-button");
        complete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        complete.setEnabled(started);
        var noShow = new Button(getTranslation("participants.no-show"), e -> confirm(
                getTranslation("participants.no-show.header", participant.name()),
                getTranslation("participants.no-show.text", participant.name()),
                getTranslation("participants.no-show"),
                () -> enrolments.markNoShow(participant.enrolmentId())));
        noShow.addClassName("no-show-button");
        noShow.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        noShow.setEnabled(started);
        if (!started) {
            complete.setTooltipText(getTranslation("enrolment.error.not-started"));
            noShow.setTooltipText(getTranslation("enrolment.error.not-started"));
        }
        bar.add(complete, noShow);
        return bar;
    }

    private void confirm(String header, String text, String confirmText, Runnable action) {
        var dialog = new ConfirmDialog(header, text, confirmText, e -> {
            ServiceFeedback.runThenRefresh(this, action, this::show);
        });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("participants.back"));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "participants.title");
    }
}
