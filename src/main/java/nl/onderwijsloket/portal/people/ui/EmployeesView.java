package nl.onderwijsloket.portal.people.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.onderwijsloket.portal.people.EmployeeDirectory;
import nl.onderwijsloket.portal.people.EmployeeRow;
import nl.onderwijsloket.portal.security.Role;

/** HR's list of the people of their board, searchable by name or e-mail; the search is in the URL ({@code ?q=}). */
@Route(EmployeesView.ROUTE)
@RolesAllowed(Role.HR_ROLE)
class EmployeesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "medewerkers";

    private final EmployeeDirectory directory;
    private final Paragraph count = new Paragraph();
    private final TextField search = new TextField();
    private final Grid<EmployeeRow> grid = new Grid<>();
    private boolean applyingUrl;

    EmployeesView(EmployeeDirectory directory) {
        this.directory = directory;
        addClassName("employees-view");
        setSizeFull();
        var heading = new H1(getTranslation("employees.heading", directory.myBoardName()));
        heading.setId("employees-heading");

        search.setId("employees-search");
        search.setPlaceholder(getTranslation("employees.search"));
        search.setAriaLabel(getTranslation("employees.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("24rem");
        search.addValueChangeListener(e -> {
            if (!applyingUrl) {
                var parameters = e.getValue().isBlank() ? QueryParameters.empty()
                        : QueryParameters.of("q", e.getValue().trim());
                getUI().ifPresent(ui -> ui.navigate(EmployeesView.class, parameters));
            }
        });
        count.setId("employees-count");

        grid.setId("employees");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(EmployeeRow::name).setHeader(getTranslation("employees.column.name")).setFlexGrow(2);
        grid.addColumn(EmployeeRow::email).setHeader(getTranslation("employees.column.email")).setFlexGrow(2);
        grid.addColumn(row -> getTranslation(row.jobFunction().labelKey()))
                .setHeader(getTranslation("employees.column.function"));
        grid.addColumn(row -> row.school() == null ? getTranslation("employees.board-office") : row.school())
                .setHeader(getTranslation("employees.column.school")).setFlexGrow(2);
        grid.setSizeFull();

        add(heading, search, count, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String filter = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("");
        applyingUrl = true;
        try {
            search.setValue(filter);
        } finally {
            applyingUrl = false;
        }
        int total = directory.countEmployeesOfMyBoard(filter);
        count.setText(getTranslation("employees.count", total));
        grid.setItems(query -> directory.employeesOfMyBoard(filter, query.getOffset(), query.getLimit()).stream(),
                query -> total);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("employees.title") + " – " + getTranslation("app.name");
    }
}
