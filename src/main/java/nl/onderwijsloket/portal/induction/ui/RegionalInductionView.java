package nl.onderwijsloket.portal.induction.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.ToIntFunction;
import nl.onderwijsloket.portal.induction.BoardCoverage;
import nl.onderwijsloket.portal.induction.InductionService;
import nl.onderwijsloket.portal.security.Role;
import nl.onderwijsloket.portal.ui.PageTitles;

/** The desk's view of induction in the region: per board, in counts only, never a name or a log. */
@Route(InductionMenu.REGIONAL)
@RolesAllowed(Role.COORDINATOR_ROLE)
class RegionalInductionView extends VerticalLayout implements HasDynamicTitle {

    RegionalInductionView(InductionService induction) {
        addClassName("regional-induction-view");
        var heading = new H1(getTranslation("regional-induction.heading"));
        heading.setId("regional-induction-heading");
        var intro = new Paragraph(getTranslation("regional-induction.intro"));
        intro.addClassName("lead");
        var grid = new Grid<BoardCoverage>();
        grid.setId("coverage-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.getElement().setAttribute("aria-label", getTranslation("regional-induction.heading"));
        grid.setAllRowsVisible(true);
        grid.addColumn(BoardCoverage::boardName).setKey("board")
                .setHeader(getTranslation("regional-induction.column.board")).setFlexGrow(3);
        number(grid, "starters", BoardCoverage::starters);
        number(grid, "with-mentor", BoardCoverage::withMentor);
        grid.addColumn(c -> c.starters() - c.withMentor()).setKey("without-mentor")
                .setHeader(getTranslation("regional-induction.column.without-mentor"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        number(grid, "on-track", BoardCoverage::onTrack);
        number(grid, "overdue", BoardCoverage::overdue);
        grid.setItems(induction.coverage());
        add(heading, intro, grid);
    }

    private void number(Grid<BoardCoverage> grid, String key, ToIntFunction<BoardCoverage> value) {
        grid.addColumn(c -> value.applyAsInt(c)).setKey(key)
                .setHeader(getTranslation("regional-induction.column." + key))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "regional-induction.title");
    }
}
