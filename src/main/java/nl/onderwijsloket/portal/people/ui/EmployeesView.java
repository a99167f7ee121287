package nl.onderwijsloket.portal.people.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.dom.Style;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.onderwijsloket.portal.people.BoardOverview;
import nl.onderwijsloket.portal.people.EmployeeFilter;
import nl.onderwijsloket.portal.people.EmployeeRow;
import nl.onderwijsloket.portal.people.JobFunction;
import nl.onderwijsloket.portal.people.PeopleService;
import nl.onderwijsloket.portal.people.SchoolOption;
import nl.onderwijsloket.portal.security.CurrentUser;
import nl.onderwijsloket.portal.security.Role;
import nl.onderwijsloket.portal.ui.Links;
import nl.onderwijsloket.portal.ui.NarrowScreens;
import nl.onderwijsloket.portal.ui.PageTitles;
import org.jspecify.annotations.Nullable;

/**
 * The employees HR and coordinators work with: a lazy list over {@link PeopleService}, searchable by name
 * or e-mail and filterable by school and function (and, for coordinators, board). Which employees a user
 * may see is decided by the service; the view only decides which filters to offer. Every filter is
 * mirrored in the URL.
 */
@Route(Links.EMPLOYEES_ROUTE)
@RolesAllowed({Role.HR_ROLE, Role.COORDINATOR_ROLE})
class EmployeesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PeopleService people;
    private final boolean coordinator;
    private final TextField search = new TextField();
    private final MultiSelectComboBox<SchoolOption> schools = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<JobFunction> functions = new MultiSelectComboBox<>();
    private final BoardSelect board = new BoardSelect();
    private final Span count = new Span();
    private final Details filterPanel = new Details();
    private final Grid<EmployeeRow> grid = new Grid<>();
    private final List<SchoolOption> allSchools;
    private final Map<Long, BoardOverview> boardsById;

    private EmployeeFilter filter = EmployeeFilter.empty();
    private boolean applyingUrl;

    EmployeesView(PeopleService people, CurrentUser currentUser) {
        this.people = people;
        this.coordinator = currentUser.find().map(user -> user.has(Role.COORDINATOR)).orElse(false);
        addClassName("employees-view");
        allSchools = people.schools();
        List<BoardOverview> boards = coordinator ? people.boards() : List.of();
        boardsById = boards.stream().collect(Collectors.toMap(BoardOverview::id, Function.identity()));

        var heading = new H1(getTranslation("employees.heading"));
        heading.setId("employees-heading");
        var intro = new Paragraph(getTranslation(coordinator ? "employees.intro.coordinator" : "employees.intro.hr"));
        intro.addClassName("lead");
        // Importing writes into one's own board, so only HR gets the link (the import view checks it too).
        var importLink = new RouterLink(EmployeeImportView.class);
        var importIcon = VaadinIcon.UPLOAD.create();
        importIcon.setSize("var(--lumo-icon-size-s)");
        importLink.add(importIcon, new Span(getTranslation("employees.import")));
        importLink.setId("employees-import");
        importLink.getStyle().setDisplay(Style.Display.INLINE_FLEX).setAlignItems(Style.AlignItems.CENTER)
                .set("gap", "var(--lumo-space-xs)");
        importLink.setVisible(currentUser.find().map(user -> user.has(Role.HR)).orElse(false));

        search.setId("employee-search");
        search.setLabel(getTranslation("employees.search.label"));
        search.setPlaceholder(getTranslation("employees.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(350);
        search.setMaxLength(200);

        schools.setId("filter-school");
        schools.setLabel(getTranslation("employees.filter.school"));
        schools.setItemLabelGenerator(school -> getTranslation("employees.school-option", school.name(),
                school.town()));
        schools.setItems(allSchools);

        functions.setId("filter-function");
        functions.setLabel(getTranslation("employees.filter.function"));
        functions.setItems(JobFunction.values());
        functions.setItemLabelGenerator(function -> getTranslation(function.labelKey()));

        var filters = new FlexLayout();
        filters.addClassName("employee-filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(Alignment.END);
        if (coordinator) {
            board.setId("filter-board");
            board.setBoards(boards);
            filters.add(board);
        }
        filters.add(schools, functions);
        filterPanel.setId("employee-filter-panel");
        filterPanel.setSummaryText(getTranslation("employees.filters"));
        filterPanel.add(filters);
        filterPanel.setOpened(true);
        filterPanel.setWidthFull();
        // On a phone the filters start folded away, unless the link came with filters set.
        NarrowScreens.whenAttachedToNarrowScreen(this, () -> filterPanel.setOpened(activeFilters(filter) > 0));

        count.setId("employee-count");
        count.addClassName("result-count");
        count.getElement().setAttribute("aria-live", "polite");
        count.getElement().setAttribute("role", "status");

        configureGrid();
        search.setWidthFull();
        add(heading, intro, importLink, search, filterPanel, count, grid);
        setFlexGrow(1, grid);
        setSizeFull();

        List.<HasValue<?, ?>>of(search, schools, functions, board).forEach(field -> field.addValueChangeListener(e -> {
            if (!applyingUrl && e.isFromClient()) {
                onFilterChanged();
            }
        }));
    }

    private void configureGrid() {
        grid.setId("employee-grid");
        grid.addClassName("employee-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.getElement().setAttribute("aria-label", getTranslation("employees.grid"));
        grid.setEmptyStateText(getTranslation("employees.empty"));
        grid.addColumn(LitRenderer.<EmployeeRow>of(
                        "<div class=\"employee-name\">${item.name}</div>"
                                + "<div class=\"employee-email\">${item.email}</div>")
                        .withProperty("name", EmployeeRow::fullName)
                        .withProperty("email", EmployeeRow::email))
                .setKey("name")
                .setHeader(getTranslation("employees.column.name"))
                .setFlexGrow(2);
        grid.addColumn(row -> getTranslation(row.function().labelKey()))
                .setKey("function")
                .setHeader(getTranslation("employees.column.function"));
        var schoolColumn = grid.addColumn(row -> row.schoolName() == null
                        ? getTranslation("employees.board-office") : row.schoolName())
                .setKey("school")
                .setHeader(getTranslation("employees.column.school"))
                .setFlexGrow(2);
        var secondary = new ArrayList<Grid.Column<EmployeeRow>>(List.of(schoolColumn));
        if (coordinator) {
            secondary.add(grid.addColumn(EmployeeRow::boardName)
                    .setKey("board")
                    .setHeader(getTranslation("employees.column.board"))
                    .setFlexGrow(2));
        }
        NarrowScreens.hideOnNarrowScreens(grid, secondary);
    }

    private void onFilterChanged() {
        EmployeeFilter next = readFilter();
        getUI().ifPresent(ui -> ui.navigate(EmployeesView.class, EmployeesUrl.toParameters(next)));
    }

    private EmployeeFilter readFilter() {
        Long boardId = coordinator && board.getValue() != null ? board.getValue().id() : null;
        Set<Long> schoolIds = schools.getValue().stream()
                .filter(school -> boardId == null || school.boardId() == boardId)
                .map(SchoolOption::id)
                .collect(Collectors.toSet());
        return new EmployeeFilter(search.getValue(), schoolIds, functions.getValue(), boardId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        EmployeeFilter requested = EmployeesUrl.fromParameters(event.getLocation().getQueryParameters());
        filter = coordinator ? requested : requested.withBoard(null);
        applyingUrl = true;
        try {
            search.setValue(filter.text());
            functions.setValue(filter.functions());
            if (coordinator) {
                board.setValue(filter.boardId() == null ? null : boardsById.get(filter.boardId()));
            }
            List<SchoolOption> options = schoolOptions(filter.boardId());
            schools.setItems(options);
            schools.setValue(options.stream().filter(school -> filter.schoolIds().contains(school.id()))
                    .collect(Collectors.toSet()));
        } finally {
            applyingUrl = false;
        }
        refresh();
    }

    /** The schools to offer: those of the chosen board, or all the service lets this user see. */
    private List<SchoolOption> schoolOptions(@Nullable Long boardId) {
        return boardId == null ? allSchools
                : allSchools.stream().filter(school -> Objects.equals(school.boardId(), boardId)).toList();
    }

    private void refresh() {
        EmployeeFilter current = filter;
        int total = people.countEmployees(current);
        count.setText(total == 1 ? getTranslation("employees.count.one") : getTranslation("employees.count", total));
        grid.setItems(query -> people.employees(current, query.getOffset(), query.getLimit()).stream(),
                query -> total);
        long active = activeFilters(current);
        filterPanel.setSummaryText(active == 0
                ? getTranslation("employees.filters")
                : getTranslation("employees.filters.active", active));
    }

    /** How many of the folding filters (board, school, function) are set; the search field always shows. */
    private long activeFilters(EmployeeFilter f) {
        return (coordinator && f.boardId() != null ? 1 : 0) + (f.schoolIds().isEmpty() ? 0 : 1)
                + (f.functions().isEmpty() ? 0 : 1);
    }

    /** The filter the view shows now (for tests and for links). */
    EmployeeFilter filter() {
        return filter;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "employees.title");
    }
}
