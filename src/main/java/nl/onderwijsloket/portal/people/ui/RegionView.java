package nl.onderwijsloket.portal.people.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import nl.onderwijsloket.portal.people.BoardOverview;
import nl.onderwijsloket.portal.people.PeopleService;
import nl.onderwijsloket.portal.people.Sector;
import nl.onderwijsloket.portal.security.Role;
import nl.onderwijsloket.portal.ui.Links;
import nl.onderwijsloket.portal.ui.NarrowScreens;
import nl.onderwijsloket.portal.ui.PageTitles;

/**
 * The coordinator's overview of the region: every board with its schools (in all and per sector) and
 * employees, with the region's totals. A board's name leads to its employees.
 */
@Route("regio")
@RolesAllowed(Role.COORDINATOR_ROLE)
class RegionView extends VerticalLayout implements HasDynamicTitle {

    RegionView(PeopleService people) {
        addClassName("region-view");
        List<BoardOverview> boards = people.boards();
        int schools = sum(boards, BoardOverview::schools);
        int employees = sum(boards, BoardOverview::employees);

        var heading = new H1(getTranslation("region.heading"));
        heading.setId("region-heading");
        var intro = new Paragraph(getTranslation("region.intro"));
        intro.addClassName("lead");
        var totals = new Paragraph(getTranslation("region.totals", boards.size(), schools, employees));
        totals.setId("region-totals");

        var grid = new Grid<BoardOverview>();
        grid.setId("region-grid");
        grid.addClassName("region-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.getElement().setAttribute("aria-label", getTranslation("region.grid"));
        grid.setEmptyStateText(getTranslation("region.empty"));
        grid.addColumn(new ComponentRenderer<>(RegionView::boardLink))
                .setKey("board")
                .setHeader(getTranslation("region.column.board"))
                .setFooter(getTranslation("region.total"))
                .setFlexGrow(3);
        number(grid, "schools", getTranslation("region.column.schools"), BoardOverview::schools, schools);
        number(grid, "employees", getTranslation("region.column.employees"), BoardOverview::employees, employees);
        var perSector = new ArrayList<Grid.Column<BoardOverview>>();
        for (Sector sector : Sector.values()) {
            var column = number(grid, "sector-" + sector.name().toLowerCase(Locale.ROOT),
                    getTranslation("sector-short." + sector.name().toLowerCase(Locale.ROOT)),
                    board -> board.schools(sector), sum(boards, board -> board.schools(sector)));
            column.setTooltipGenerator(board -> getTranslation("region.sector-tooltip",
                    getTranslation(sector.labelKey()), board.schools(sector)));
            perSector.add(column);
        }
        NarrowScreens.hideOnNarrowScreens(grid, perSector);
        grid.setItems(boards);
        grid.setAllRowsVisible(true);

        add(heading, intro, totals, grid);
    }

    private static Anchor boardLink(BoardOverview board) {
        var link = Links.employeesOfBoard(board.id()).anchor(board.name());
        link.addClassName("board-link");
        return link;
    }

    private static Grid.Column<BoardOverview> number(Grid<BoardOverview> grid, String key, String header,
                                                     ToIntFunction<BoardOverview> value, int total) {
        return grid.addColumn(board -> value.applyAsInt(board))
                .setKey(key)
                .setHeader(header)
                .setFooter(String.valueOf(total))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    private static int sum(List<BoardOverview> boards, ToIntFunction<BoardOverview> value) {
        return boards.stream().mapToInt(value).sum();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "region.title");
    }
}
