package nl.onderwijsloket.portal.induction.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import nl.onderwijsloket.portal.induction.InductionService;
import nl.onderwijsloket.portal.induction.PairingService;
import nl.onderwijsloket.portal.induction.Signal;
import nl.onderwijsloket.portal.induction.StarterFilter;
import nl.onderwijsloket.portal.induction.StarterRow;
import nl.onderwijsloket.portal.security.Role;
import nl.onderwijsloket.portal.ui.Formats;
import nl.onderwijsloket.portal.ui.PageTitles;

/**
 * HR's "Inductie": every starter of the board with their pairing and signals, filtered in the address; a starter
 * opens with suggestions and the pairing's actions; new starters from the import are placed here; and all
 * starters without a mentor can be paired at once.
 */
@Route(InductionMenu.INDUCTION)
@RolesAllowed(Role.HR_ROLE)
class InductionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final InductionService induction;
    private final PairingService pairings;
    private final Clock clock;
    private final TextField search = new TextField();
    private final Select<StarterFilter.PairingFilter> pairing = new Select<>();
    private final Grid<StarterRow> grid = new Grid<>();
    private final Div unplaced = new Div();
    private StarterFilter current = StarterFilter.all();

    InductionView(InductionService induction, PairingService pairings, Clock clock) {
        this.induction = induction;
        this.pairings = pairings;
        this.clock = clock;
        addClassName("induction-view");
        setSizeFull();
        var heading = new H1(getTranslation("induction.heading"));
        heading.setId("induction-heading");
        var intro = new Paragraph(getTranslation("induction.intro"));
        intro.addClassName("lead");
        unplaced.setId("induction-unplaced");
        add(heading, intro, unplaced, toolbar(), grid());
    }

    private Component toolbar() {
        search.setId("induction-search");
        search.setPlaceholder(getTranslation("induction.search"));
        search.setAriaLabel(getTranslation("induction.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(new StarterFilter(e.getValue(), current.pairing()));
            }
        });
        pairing.setId("induction-pairing-filter");
        pairing.setAriaLabel(getTranslation("induction.pairing-filter"));
        pairing.setPlaceholder(getTranslation("induction.pairing-filter.all"));
        pairing.setEmptySelectionAllowed(true);
        pairing.setEmptySelectionCaption(getTranslation("induction.pairing-filter.all"));
        pairing.setItems(StarterFilter.PairingFilter.values());
        pairing.setItemLabelGenerator(p -> p == null ? getTranslation("induction.pairing-filter.all")
                : getTranslation(p.labelKey()));
        pairing.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(new StarterFilter(current.text(), e.getValue()));
            }
        });
        var place = new Button(getTranslation("induction.place"), e -> PlaceStarterDialog.open(this, induction,
                LocalDate.now(clock), this::refresh));
        place.setId("induction-place");
        var cohort = new Button(getTranslation("induction.cohort"), e -> CohortDialog.open(this, induction, pairings,
                this::refresh));
        cohort.setId("induction-cohort");
        cohort.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var settings = new Button(getTranslation("induction.settings.open"), e -> InductionSettingsDialog.open(this,
                induction, this::refresh));
        settings.setId("induction-settings");
        var bar = new HorizontalLayout(search, pairing, place, cohort, settings);
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private Component grid() {
        grid.setId("induction-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.getElement().setAttribute("aria-label", getTranslation("induction.heading"));
        grid.setEmptyStateText(getTranslation("induction.empty"));
        grid.addColumn(StarterRow::name).setKey("name").setHeader(getTranslation("induction.column.name"))
                .setFlexGrow(2);
        grid.addColumn(r -> r.schoolName() == null ? "" : r.schoolName()).setKey("school")
                .setHeader(getTranslation("induction.column.school")).setFlexGrow(2);
        grid.addColumn(r -> r.programmeName() + " · " + getTranslation("induction.year", r.year())).setKey("programme")
                .setHeader(getTranslation("induction.column.programme")).setFlexGrow(2);
        grid.addColumn(this::pairingText).setKey("pairing").setHeader(getTranslation("induction.column.pairing"))
                .setFlexGrow(2);
        grid.addColumn(r -> r.lastMeeting() == null ? String.valueOf(r.meetings())
                        : getTranslation("induction.meetings", r.meetings(), Formats.shortDate(r.lastMeeting())))
                .setKey("meetings").setHeader(getTranslation("induction.column.meetings")).setFlexGrow(1);
        grid.addComponentColumn(InductionView::signals).setKey("signals")
                .setHeader(getTranslation("induction.column.signals")).setFlexGrow(3);
        grid.addItemClickListener(e -> StarterDialog.open(this, induction, pairings, e.getItem().placementId(),
                this::refresh));
        return grid;
    }

    private String pairingText(StarterRow row) {
        if (row.pairingStatus() == null || !row.pairingStatus().live()) {
            return getTranslation("induction.no-mentor");
        }
        return getTranslation(row.pairingStatus().labelKey()) + ": " + row.mentorName();
    }

    static Component signals(StarterRow row) {
        var box = new Div();
        box.addClassName("signals");
        for (Signal signal : Signal.values()) {
            if (row.signals().contains(signal)) {
                var badge = new Span(box.getTranslation(signal.labelKey()));
                badge.getElement().getThemeList().add("badge error small");
                badge.addClassName("signal-" + signal.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                box.add(badge);
            }
        }
        return box;
    }

    private void go(StarterFilter next) {
        getUI().ifPresent(ui -> ui.navigate(InductionView.class, InductionUrl.toParameters(next)));
    }

    private void refresh() {
        showUnplaced();
        grid.getDataProvider().refreshAll();
    }

    private void showUnplaced() {
        unplaced.removeAll();
        int count = induction.unplacedStarters().size();
        if (count > 0) {
            var text = new Span(getTranslation("induction.unplaced", count));
            var place = new Button(getTranslation("induction.place"), e -> PlaceStarterDialog.open(this, induction,
                    LocalDate.now(clock), this::refresh));
            place.addThemeVariants(ButtonVariant.LUMO_SMALL);
            unplaced.add(text, place);
            unplaced.addClassName("induction-unplaced");
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        current = InductionUrl.fromParameters(event.getLocation().getQueryParameters());
        search.setValue(current.text());
        pairing.setValue(current.pairing());
        StarterFilter filter = current;
        grid.setItems(q -> induction.starters(filter, q.getOffset(), q.getLimit()).stream(),
                q -> induction.countStarters(filter));
        showUnplaced();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "induction.title");
    }
}
