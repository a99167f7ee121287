package nl.onderwijsloket.portal.enrolment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.onderwijsloket.portal.enrolment.AuditEntry;
import nl.onderwijsloket.portal.enrolment.BoardEnrolment;
import nl.onderwijsloket.portal.enrolment.CourseChoice;
import nl.onderwijsloket.portal.enrolment.EnrolmentOverview;
import nl.onderwijsloket.portal.enrolment.EnrolmentSearch;
import nl.onderwijsloket.portal.enrolment.EnrolmentService;
import nl.onderwijsloket.portal.enrolment.EnrolmentStatus;
import nl.onderwijsloket.portal.people.BoardOverview;
import nl.onderwijsloket.portal.people.PeopleService;
import nl.onderwijsloket.portal.people.ui.BoardSelect;
import nl.onderwijsloket.portal.security.CurrentUser;
import nl.onderwijsloket.portal.security.Role;
import nl.onderwijsloket.portal.ui.Formats;
import nl.onderwijsloket.portal.ui.PageTitles;
import nl.onderwijsloket.portal.ui.ServiceFeedback;
import org.jspecify.annotations.Nullable;

/**
 * The enrolments of HR's board (coordinators: the region), searchable and filterable by status, with the
 * URL carrying both. A row opens its audit trail; HR approves, declines or cancels on the employee's behalf
 * from there. "Aanvragen" in the menu is this list filtered on requests awaiting approval.
 */
@Route("inschrijvingen")
@RouteAlias("aanvragen")
@RolesAllowed({Role.HR_ROLE, Role.COORDINATOR_ROLE})
class EnrolmentsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The same list at its own address, showing the requests that wait for HR's approval. */
    static final String APPROVALS = "aanvragen";

    private final EnrolmentService enrolments;
    private final EnrolmentOverview overview;
    private final boolean hr;
    private final TextField search = new TextField();
    private final MultiSelectComboBox<EnrolmentStatus> statuses = new MultiSelectComboBox<>();
    private final ComboBox<CourseChoice> course = new ComboBox<>();
    private final BoardSelect board = new BoardSelect();
    private final Map<Long, BoardOverview> boardsById;
    private final Span count = new Span();
    private final Grid<BoardEnrolment> grid = new Grid<>();
    private EnrolmentSearch current = EnrolmentSearch.all();
    private boolean applyingUrl;

    EnrolmentsView(EnrolmentService enrolments, EnrolmentOverview overview, PeopleService people,
                   CurrentUser currentUser) {
        this.enrolments = enrolments;
        this.overview = overview;
        var user = currentUser.find();
        this.hr = user.map(u -> u.has(Role.HR)).orElse(false);
        boolean coordinator = user.map(u -> u.has(Role.COORDINATOR)).orElse(false);
        List<BoardOverview> boards = coordinator ? people.boards() : List.of();
        boardsById = boards.stream().collect(Collectors.toMap(BoardOverview::id, Function.identity()));
        addClassName("enrolments-view");
        var heading = new H1(getTranslation("enrolments.heading"));
        heading.setId("enrolments-heading");
        add(heading, new Paragraph(getTranslation(coordinator ? "enrolments.intro.region" : "enrolments.intro")));

        search.setId("enrolments-search");
        search.setLabel(getTranslation("enrolments.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        statuses.setId("enrolments-status");
        statuses.setLabel(getTranslation("enrolments.status"));
        statuses.setItems(EnrolmentStatus.values());
        statuses.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        search.addValueChangeListener(e -> {
            if (e.isFromClient() && !applyingUrl) {
                navigate();
            }
        });
        statuses.addValueChangeListener(e -> {
            if (e.isFromClient() && !applyingUrl) {
                navigate();
            }
        });
        course.setId("enrolments-course");
        course.setLabel(getTranslation("enrolments.course"));
        course.setClearButtonVisible(true);
        course.setItemLabelGenerator(CourseChoice::title);
        course.setItems(query -> overview.enrolledCourses(query.getFilter().orElse(""), chosenBoard(),
                        query.getOffset(), query.getLimit()).stream(),
                query -> overview.countEnrolledCourses(query.getFilter().orElse(""), chosenBoard()));
        course.addValueChangeListener(e -> {
            if (e.isFromClient() && !applyingUrl) {
                navigate();
            }
        });
        var filters = new FlexLayout(search, statuses, course);
        if (coordinator) {
            board.setId("enrolments-board");
            board.setBoards(boards);
            board.addValueChangeListener(e -> {
                if (e.isFromClient() && !applyingUrl) {
                    navigate();
                }
            });
            filters.addComponentAsFirst(board);
        }
        filters.addClassName("catalogue-filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);

        count.setId("enrolments-count");
        count.getElement().setAttribute("role", "status");
        grid.setId("enrolments-grid");
        grid.addColumn(BoardEnrolment::personName).setHeader(getTranslation("employees.column.name")).setFlexGrow(2);
        grid.addColumn(BoardEnrolment::courseTitle).setHeader(getTranslation("enrolments.course")).setFlexGrow(3);
        grid.addColumn(e -> Formats.shortDate(e.startDate())).setHeader(getTranslation("enrolments.start"));
        grid.addColumn(e -> StatusLabels.status(this, e.status(), e.waitlistPosition(), e.offerExpiresAt()))
                .setHeader(getTranslation("enrolments.status")).setFlexGrow(2);
        if (!hr) {
            grid.addColumn(BoardEnrolment::boardName).setHeader(getTranslation("employees.column.board"));
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addItemClickListener(e -> details(e.getItem()));
        grid.setHeight("32rem");
        add(filters, count, grid);
    }

    private void navigate() {
        var chosen = new EnrolmentSearch(search.getValue(), statuses.getValue(),
                course.getValue() == null ? null : course.getValue().id(), chosenBoard());
        getUI().ifPresent(ui -> ui.navigate(EnrolmentsView.class, EnrolmentsUrl.toParameters(chosen)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        EnrolmentSearch requested = EnrolmentsUrl.fromParameters(event.getLocation().getQueryParameters(),
                event.getLocation().getPath().equals(APPROVALS));
        // A board or course the user cannot choose (or that is gone) is ignored, as a malformed id is.
        BoardOverview chosenBoard = requested.boardId() == null ? null : boardsById.get(requested.boardId());
        CourseChoice chosenCourse = requested.courseId() == null ? null
                : overview.courseChoice(requested.courseId()).orElse(null);
        applyingUrl = true;
        try {
            search.setValue(requested.text());
            statuses.setValue(requested.statuses());
            board.setValue(chosenBoard);
            course.setValue(chosenCourse);
        } finally {
            applyingUrl = false;
        }
        current = new EnrolmentSearch(requested.text(), requested.statuses(),
                chosenCourse == null ? null : chosenCourse.id(), chosenBoard == null ? null : chosenBoard.id());
        refresh();
    }

    private @Nullable Long chosenBoard() {
        return board.getValue() == null ? null : board.getValue().id();
    }

    private void refresh() {
        EnrolmentSearch query = current;
        int total = overview.countEnrolments(query);
        count.setText(getTranslation("enrolments.count", total));
        grid.setItems(q -> overview.enrolments(query, q.getOffset(), q.getLimit()).stream(), q -> total);
    }

    /** The audit trail of one enrolment, with what HR may do with it now. */
    private void details(BoardEnrolment enrolment) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(enrolment.personName() + " – " + enrolment.courseTitle());
        dialog.setWidth("min(44rem, 95vw)");
        var status = new Paragraph(getTranslation("enrol.your-status",
                StatusLabels.status(this, enrolment.status(), enrolment.waitlistPosition(), enrolment.offerExpiresAt())));
        status.setId("enrolment-detail-status");
        var trail = new Grid<AuditEntry>();
        trail.setId("enrolment-history");
        trail.addColumn(a -> Formats.dateTime(a.at())).setHeader(getTranslation("enrolments.history.when"));
        trail.addColumn(AuditEntry::actor).setHeader(getTranslation("enrolments.history.who"));
        trail.addColumn(a -> (a.from() == null ? "" : getTranslation(a.from().labelKey()) + " → ")
                        + StatusLabels.status(this, a.to(), a.waitlistPosition(), null))
                .setHeader(getTranslation("enrolments.history.what")).setFlexGrow(2);
        trail.addColumn(a -> StatusLabels.reason(this, a.reason())).setHeader(getTranslation("enrolments.history.why"));
        trail.setItems(overview.history(enrolment.id()));
        trail.setAllRowsVisible(true);
        dialog.add(status, new H3(getTranslation("enrolments.history")), trail);

        var reason = new TextArea(getTranslation("enrolments.reason"));
        reason.setId("enrolment-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        if (hr && enrolment.status() == EnrolmentStatus.AWAITING_APPROVAL) {
            dialog.add(reason);
            var approve = new Button(getTranslation("enrolments.approve"), e -> act(dialog,
                    () -> enrolments.approve(enrolment.id()), "enrolments.approved"));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            approve.setId("enrolment-approve");
            var decline = new Button(getTranslation("enrolments.decline"), e -> act(dialog,
                    () -> enrolments.decline(enrolment.id(), reason.getValue()), "enrolments.declined"));
            decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
            decline.setId("enrolment-decline");
            dialog.getFooter().add(decline, approve);
        } else if (hr && enrolment.status().active()) {
            dialog.add(reason);
            var cancel = new Button(getTranslation("enrolments.cancel-for"), e -> act(dialog,
                    () -> enrolments.cancel(enrolment.id(), reason.getValue()), "enrolments.cancelled"));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            cancel.setId("enrolment-cancel");
            dialog.getFooter().add(cancel);
        }
        dialog.getFooter().add(new Button(getTranslation("booking.result.close"), e -> dialog.close()));
        dialog.open();
    }

    private void act(Dialog dialog, Runnable action, String doneKey) {
        if (ServiceFeedback.run(this, action)) {
            dialog.close();
            Notification.show(getTranslation(doneKey)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "enrolments.heading");
    }
}
