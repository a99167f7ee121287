package nl.onderwijsloket.portal.catalogue.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.onderwijsloket.portal.catalogue.CatalogueFilter;
import nl.onderwijsloket.portal.catalogue.CatalogueResults;
import nl.onderwijsloket.portal.catalogue.CatalogueService;
import nl.onderwijsloket.portal.catalogue.CatalogueSort;
import nl.onderwijsloket.portal.catalogue.CourseFormat;
import nl.onderwijsloket.portal.catalogue.CourseLevel;
import nl.onderwijsloket.portal.catalogue.ProviderOption;
import nl.onderwijsloket.portal.catalogue.Theme;
import nl.onderwijsloket.portal.people.JobFunction;
import nl.onderwijsloket.portal.people.Sector;
import nl.onderwijsloket.portal.ui.DatePickers;
import nl.onderwijsloket.portal.ui.NarrowScreens;
import nl.onderwijsloket.portal.ui.PageTitles;

/**
 * The public catalogue: text search ranked by relevance, combinable filters, a result count and a lazy
 * list of courses. Everything a visitor sets is mirrored in the URL.
 */
@Route("")
@AnonymousAllowed
class CatalogueView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogueService catalogue;
    private final TextField search = new TextField();
    private final MultiSelectComboBox<JobFunction> audiences = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<Sector> sectors = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<Theme> themes = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<CourseFormat> formats = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<ProviderOption> providers = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<CourseLevel> levels = new MultiSelectComboBox<>();
    private final DatePicker startFrom = new DatePicker();
    private final DatePicker startUntil = new DatePicker();
    private final Checkbox freeSeats = new Checkbox();
    private final Select<CatalogueSort> sort = new Select<>();
    private final Span resultCount = new Span();
    private final Details filterPanel = new Details();
    private final ResultList results = new ResultList();
    private final Map<Long, ProviderOption> providersById;

    private CatalogueFilter filter = CatalogueFilter.empty();
    private boolean applyingUrl;

    CatalogueView(CatalogueService catalogue) {
        this.catalogue = catalogue;
        addClassName("catalogue-view");
        List<ProviderOption> providerOptions = catalogue.providers();
        providersById = providerOptions.stream().collect(Collectors.toMap(ProviderOption::id, Function.identity()));

        var heading = new H1(getTranslation("catalogue.heading"));
        var intro = new Paragraph(getTranslation("catalogue.intro"));
        intro.addClassName("lead");

        search.setId("catalogue-search");
        search.setLabel(getTranslation("catalogue.search.label"));
        search.setPlaceholder(getTranslation("catalogue.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(350);
        search.setWidthFull();
        search.setMaxLength(200);

        setUpEnumFilter(audiences, "audience", JobFunction.values(), JobFunction::labelKey);
        setUpEnumFilter(sectors, "sector", Sector.values(), Sector::labelKey);
        setUpEnumFilter(themes, "theme", Theme.values(), Theme::labelKey);
        setUpEnumFilter(formats, "format", CourseFormat.values(), CourseFormat::labelKey);
        setUpEnumFilter(levels, "level", CourseLevel.values(), CourseLevel::labelKey);
        providers.setId("filter-provider");
        providers.setLabel(getTranslation("catalogue.filter.provider"));
        providers.setItems(providerOptions);
        providers.setItemLabelGenerator(ProviderOption::name);
        startFrom.setId("filter-start-from");
        startFrom.setLabel(getTranslation("catalogue.filter.start-from"));
        startUntil.setId("filter-start-until");
        startUntil.setLabel(getTranslation("catalogue.filter.start-until"));
        DatePickers.localize(startFrom);
        DatePickers.localize(startUntil);
        freeSeats.setId("filter-free-seats");
        freeSeats.setLabel(getTranslation("catalogue.filter.free-seats"));

        sort.setId("catalogue-sort");
        sort.setLabel(getTranslation("catalogue.sort.label"));
        sort.setItems(CatalogueSort.values());
        sort.setItemLabelGenerator(s -> getTranslation("catalogue.sort." + s.name().toLowerCase(Locale.ROOT)));
        sort.setValue(CatalogueSort.RELEVANCE);

        var filters = new FlexLayout(audiences, sectors, themes, formats, providers, levels, startFrom, startUntil,
                freeSeats);
        filters.addClassName("catalogue-filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filterPanel.setSummaryText(getTranslation("catalogue.filters"));
        filterPanel.add(filters);
        filterPanel.setOpened(true);
        // On a phone the results come first: the filters fold away unless some are in use.
        NarrowScreens.whenAttachedToNarrowScreen(this, () -> filterPanel.setOpened(activeFilters(filter) > 0));
        filterPanel.setWidthFull();

        resultCount.setId("result-count");
        resultCount.getElement().setAttribute("aria-live", "polite");
        resultCount.getElement().setAttribute("role", "status");
        var countAndSort = new FlexLayout(resultCount, sort);
        countAndSort.addClassName("catalogue-count-sort");
        countAndSort.setAlignItems(Alignment.END);
        countAndSort.setJustifyContentMode(JustifyContentMode.BETWEEN);
        countAndSort.setWidthFull();


        add(heading, intro, search, filterPanel, countAndSort, results);

        List.<HasValue<?, ?>>of(search, audiences, sectors, themes, formats, providers, levels, startFrom,
                startUntil, freeSeats, sort).forEach(field -> field.addValueChangeListener(e -> {
                    if (!applyingUrl && e.isFromClient()) {
                        onFilterChanged();
                    }
                }));
    }

    private <E extends Enum<E>> void setUpEnumFilter(MultiSelectComboBox<E> box, String name, E[] values,
                                                     Function<E, String> labelKey) {
        box.setId("filter-" + name);
        box.setLabel(getTranslation("catalogue.filter." + name));
        box.setItems(values);
        box.setItemLabelGenerator(value -> getTranslation(labelKey.apply(value)));
    }

    private void onFilterChanged() {
        CatalogueFilter next = readFilter();
        getUI().ifPresent(ui -> ui.navigate(CatalogueView.class, CatalogueUrl.toParameters(next)));
    }

    private CatalogueFilter readFilter() {
        return new CatalogueFilter(search.getValue(), audiences.getValue(), sectors.getValue(), themes.getValue(),
                formats.getValue(),
                providers.getValue().stream().map(ProviderOption::id).collect(Collectors.toSet()),
                levels.getValue(), startFrom.getValue(), startUntil.getValue(), freeSeats.getValue(),
                sort.getValue());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = CatalogueUrl.fromParameters(event.getLocation().getQueryParameters());
        applyingUrl = true;
        try {
            search.setValue(filter.text());
            audiences.setValue(filter.audiences());
            sectors.setValue(filter.sectors());
            themes.setValue(filter.themes());
            formats.setValue(filter.formats());
            levels.setValue(filter.levels());
            providers.setValue(filter.providerIds().stream().map(providersById::get)
                    .filter(Objects::nonNull).collect(Collectors.toSet()));
            startFrom.setValue(filter.startFrom());
            startUntil.setValue(filter.startUntil());
            freeSeats.setValue(filter.freeSeatsOnly());
            sort.setValue(filter.sort());
        } finally {
            applyingUrl = false;
        }
        refresh();
    }

    private void refresh() {
        CatalogueFilter current = filter;
        CatalogueResults first = catalogue.start(current, ResultList.PAGE_SIZE);
        int total = first.total();
        resultCount.setText(total > CatalogueService.COUNT_LIMIT
                ? getTranslation("catalogue.count.more", CatalogueService.COUNT_LIMIT)
                : total == 1 ? getTranslation("catalogue.count.one") : getTranslation("catalogue.count", total));
        results.show(first, (offset, limit) -> catalogue.search(current, offset, limit));
        long active = activeFilters(current);
        filterPanel.setSummaryText(active == 0
                ? getTranslation("catalogue.filters")
                : getTranslation("catalogue.filters.active", active));
    }

    private static long activeFilters(CatalogueFilter f) {
        return Stream.of(!f.audiences().isEmpty(), !f.sectors().isEmpty(), !f.themes().isEmpty(),
                        !f.formats().isEmpty(), !f.providerIds().isEmpty(), !f.levels().isEmpty(),
                        f.startFrom() != null, f.startUntil() != null, f.freeSeatsOnly())
                .filter(Boolean::booleanValue)
                .count();
    }

    /** The filter the view shows now (for tests and for links). */
    CatalogueFilter filter() {
        return filter;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "catalogue.title");
    }
}
