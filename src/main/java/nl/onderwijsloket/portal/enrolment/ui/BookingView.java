package nl.onderwijsloket.portal.enrolment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.onderwijsloket.portal.enrolment.BookingResult;
import nl.onderwijsloket.portal.enrolment.EditionInfo;
import nl.onderwijsloket.portal.enrolment.EnrolmentOverview;
import nl.onderwijsloket.portal.enrolment.EnrolmentService;
import nl.onderwijsloket.portal.people.EmployeeFilter;
import nl.onderwijsloket.portal.people.EmployeeRow;
import nl.onderwijsloket.portal.people.PeopleService;
import nl.onderwijsloket.portal.security.Role;
import nl.onderwijsloket.portal.ui.Formats;
import nl.onderwijsloket.portal.ui.Links;
import nl.onderwijsloket.portal.ui.PageTitles;
import nl.onderwijsloket.portal.ui.ServiceFeedback;
import nl.onderwijsloket.portal.ui.UrlQuery;

/**
 * HR books staff into an edition: pick the edition (or arrive from its course page), select one or many
 * of the board's employees, book them in one action and see per person what happened. The service
 * decides who may be booked; the list only shows the board's own people.
 */
@Route(Links.BOOKING_ROUTE)
@RolesAllowed(Role.HR_ROLE)
class BookingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EnrolmentService enrolments;
    private final EnrolmentOverview overview;
    private final PeopleService people;
    private final ComboBox<EditionInfo> edition = new ComboBox<>();
    private final Span editionSummary = new Span();
    private final TextField search = new TextField();
    private final Grid<EmployeeRow> grid = new Grid<>();
    private final Button book = new Button();
    private boolean applyingUrl;

    BookingView(EnrolmentService enrolments, EnrolmentOverview overview, PeopleService people) {
        this.enrolments = enrolments;
        this.overview = overview;
        this.people = people;
        addClassName("booking-view");
        add(new H1(getTranslation("booking.heading")), new Paragraph(getTranslation("booking.intro")));

        edition.setId("booking-edition");
        edition.setLabel(getTranslation("booking.edition"));
        edition.setPlaceholder(getTranslation("booking.edition.placeholder"));
        edition.setItems(query -> overview.openEditions(query.getFilter().orElse(""), query.getOffset(),
                        query.getLimit()).stream(),
                query -> overview.countOpenEditions(query.getFilter().orElse("")));
        edition.setItemLabelGenerator(this::editionLabel);
        edition.setWidthFull();
        edition.addValueChangeListener(e -> {
            showEdition(e.getValue());
            if (e.isFromClient() && !applyingUrl) {
                Long chosen = e.getValue() == null ? null : e.getValue().id();
                getUI().ifPresent(ui -> ui.navigate(BookingView.class,
                        UrlQuery.write().id(Links.EDITION, chosen).toParameters()));
            }
        });
        editionSummary.setId("booking-edition-summary");
        editionSummary.addClassName("booking-summary");

        search.setId("booking-search");
        search.setLabel(getTranslation("booking.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refreshPeople());

        grid.setId("booking-employees");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(EmployeeRow::fullName).setHeader(getTranslation("employees.column.name")).setFlexGrow(2);
        grid.addColumn(row -> getTranslation(row.function().labelKey()))
                .setHeader(getTranslation("employees.column.function"));
        grid.addColumn(row -> row.schoolName() == null ? getTranslation("employees.board-office") : row.schoolName())
                .setHeader(getTranslation("employees.column.school")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("26rem");
        grid.addSelectionListener(e -> updateBookButton());
        refreshPeople();

        book.setId("booking-submit");
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        book.addClickListener(e -> bookSelected());
        updateBookButton();

        add(edition, editionSummary, search, grid, book);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        applyingUrl = true;
        try {
            EditionInfo chosen = UrlQuery.read(event.getLocation().getQueryParameters()).id(Links.EDITION)
                    .flatMap(overview::edition).orElse(null);
            edition.setValue(chosen);
            showEdition(chosen);
        } finally {
            applyingUrl = false;
        }
    }

    private void refreshPeople() {
        EmployeeFilter filter = EmployeeFilter.empty().withText(search.getValue());
        grid.setItems(query -> people.employees(filter, query.getOffset(), query.getLimit()).stream(),
                query -> people.countEmployees(filter));
    }

    private void showEdition(EditionInfo info) {
        if (info == null) {
            editionSummary.setText(getTranslation("booking.no-edition"));
        } else {
            editionSummary.setText(getTranslation("booking.edition.summary", editionLabel(info),
                    Math.max(0, info.seatsLeft()), info.waitlisted()));
        }
        updateBookButton();
    }

    private String editionLabel(EditionInfo info) {
        return info.courseTitle() + " – " + Formats.shortDate(info.startDate());
    }

    private void updateBookButton() {
        int selected = grid.getSelectedItems().size();
        book.setText(getTranslation("booking.submit", selected));
        book.setEnabled(selected > 0 && edition.getValue() != null);
    }

    private void bookSelected() {
        EditionInfo chosen = edition.getValue();
        List<Long> ids = grid.getSelectedItems().stream().map(EmployeeRow::id).toList();
        ServiceFeedback.run(this, () -> {
            List<BookingResult> results = enrolments.book(chosen.id(), ids);
            showResults(results);
            grid.deselectAll();
            overview.edition(chosen.id()).ifPresent(this::showEdition);
        });
    }

    private void showResults(List<BookingResult> results) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("booking.result.title"));
        var table = new Grid<BookingResult>();
        table.setId("booking-results");
        table.addColumn(BookingResult::employeeName).setHeader(getTranslation("employees.column.name")).setFlexGrow(2);
        table.addColumn(this::outcome).setHeader(getTranslation("booking.result.outcome")).setFlexGrow(3);
        table.setItems(results);
        table.setAllRowsVisible(true);
        table.setMinWidth("32rem");
        dialog.add(table);
        dialog.getFooter().add(new Button(getTranslation("booking.result.close"), e -> dialog.close()));
        dialog.open();
    }

    /** "ingeschreven", "wachtlijst (positie 2)", "niet mogelijk: de inschrijftermijn is verlopen". */
    String outcome(BookingResult result) {
        return switch (result.outcome()) {
            case WAITLISTED -> getTranslation("enrolment.status.waitlisted", result.waitlistPosition());
            case NOT_ELIGIBLE -> getTranslation("booking-outcome.not_eligible") + ": "
                    + getTranslation(result.reasonKey());
            default -> getTranslation(result.outcome().labelKey());
        };
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "booking.heading");
    }
}
