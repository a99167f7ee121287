package nl.onderwijsloket.portal.catalogue.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.onderwijsloket.portal.catalogue.ProviderCatalogueService;
import nl.onderwijsloket.portal.catalogue.ProviderEditionRow;
import nl.onderwijsloket.portal.security.Role;
import nl.onderwijsloket.portal.ui.Formats;
import nl.onderwijsloket.portal.ui.Links;
import nl.onderwijsloket.portal.ui.NarrowScreens;
import nl.onderwijsloket.portal.ui.PageTitles;

/**
 * A provider's own offer: their courses with the editions that have not ended yet, with seats taken,
 * enrolment deadline and status, and links to edit an edition, see its participants or plan a new one.
 * The provider is the one the account acts for.
 */
@Route("mijn-aanbod")
@RolesAllowed(Role.PROVIDER_ROLE)
class ProviderCoursesView extends VerticalLayout implements HasDynamicTitle {

    ProviderCoursesView(ProviderCatalogueService offer) {
        addClassName("provider-courses-view");
        var heading = new H1(getTranslation("provider-courses.heading"));
        heading.setId("provider-courses-heading");
        var intro = new Paragraph(getTranslation("provider-courses.intro", offer.ownProvider().name()));
        intro.setId("provider-courses-intro");
        intro.addClassName("lead");

        var grid = new Grid<ProviderEditionRow>();
        grid.setId("provider-editions");
        grid.addClassName("provider-editions");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.getElement().setAttribute("aria-label", getTranslation("provider-courses.grid"));
        grid.setEmptyStateText(getTranslation("provider-courses.empty"));
        grid.addColumn(LitRenderer.<ProviderEditionRow>of(
                        "<div class=\"provider-course-title\">"
                                + "<a href=\"${item.courseHref}\" ?hidden=${!item.published}>${item.title}</a>"
                                + "<span ?hidden=${item.published}>${item.title}</span></div>"
                                + "<div class=\"provider-course-code\">${item.code}"
                                + " <span class=\"badge\" ?hidden=${item.published}>${item.unpublished}</span></div>")
                        .withProperty("courseHref", row -> Links.course(row.courseId()).href())
                        .withProperty("title", ProviderEditionRow::courseTitle)
                        .withProperty("code", ProviderEditionRow::courseCode)
                        .withProperty("published", ProviderEditionRow::published)
                        .withProperty("unpublished", row -> getTranslation("provider-courses.unpublished")))
                .setKey("course")
                .setHeader(getTranslation("provider-courses.column.course"))
                .setFlexGrow(3);
        grid.addColumn(this::period)
                .setKey("period")
                .setHeader(getTranslation("provider-courses.column.period"))
                .setFlexGrow(2);
        var location = grid.addColumn(this::location)
                .setKey("location")
                .setHeader(getTranslation("provider-courses.column.location"))
                .setFlexGrow(2);
        grid.addColumn(row -> row.hasEdition()
                        ? getTranslation("provider-courses.seats", row.seatsTaken(), row.capacity()) : "")
                .setKey("seats")
                .setHeader(getTranslation("provider-courses.column.seats"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        var deadline = grid.addColumn(row -> row.hasEdition() ? Formats.shortDate(row.enrolmentDeadline()) : "")
                .setKey("deadline")
                .setHeader(getTranslation("provider-courses.column.deadline"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> row.hasEdition() ? getTranslation(row.status().labelKey()) : "")
                .setKey("status")
                .setHeader(getTranslation("provider-courses.column.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(LitRenderer.<ProviderEditionRow>of(
                        "<div class=\"provider-actions\">"
                                + "<a class=\"edit-edition\" href=\"${item.editHref}\""
                                + " ?hidden=${!item.hasEdition}>${item.edit}</a>"
                                + "<a class=\"edition-participants\" href=\"${item.participantsHref}\""
                                + " ?hidden=${!item.hasEdition}>${item.participants}</a>"
                                + "<a class=\"new-edition\" href=\"${item.planHref}\">"
                                + "${item.plan}</a></div>")
                        .withProperty("editHref", row -> row.hasEdition() ? Links.edition(row.editionId()).href() : "")
                        .withProperty("participantsHref",
                                row -> row.hasEdition() ? Links.participants(row.editionId()).href() : "")
                        .withProperty("hasEdition", ProviderEditionRow::hasEdition)
                        .withProperty("planHref", row -> Links.newEdition(row.courseId()).href())
                        .withProperty("edit", row -> getTranslation("provider-courses.edit"))
                        .withProperty("participants", row -> getTranslation("provider-courses.participants"))
                        .withProperty("plan", row -> getTranslation("provider-courses.new-edition")))
                .setKey("actions")
                .setHeader(getTranslation("provider-courses.column.actions"))
                .setWidth("10rem")
                .setFlexGrow(0);
        NarrowScreens.hideOnNarrowScreens(grid, List.of(location, deadline));
        grid.setItems(query -> offer.ownEditions(query.getOffset(), query.getLimit()).stream(),
                query -> offer.countOwnEditions());

        add(heading, intro, grid);
        setFlexGrow(1, grid);
        setSizeFull();
    }

    private String period(ProviderEditionRow row) {
        if (!row.hasEdition()) {
            return getTranslation("provider-courses.no-edition");
        }
        return Formats.shortPeriod(this, row.startDate(), row.endDate());
    }

    private String location(ProviderEditionRow row) {
        if (!row.hasEdition()) {
            return "";
        }
        if (row.online()) {
            return getTranslation("edition.online");
        }
        return row.locationTown() == null ? row.locationName() : row.locationName() + ", " + row.locationTown();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "provider-courses.title");
    }
}
