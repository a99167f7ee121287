package nl.onderwijsloket.portal.catalogue.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.stream.Collectors;
import nl.onderwijsloket.portal.catalogue.CatalogueService;
import nl.onderwijsloket.portal.catalogue.PathwayDetails;
import nl.onderwijsloket.portal.catalogue.StepKind;
import nl.onderwijsloket.portal.ui.Formats;
import nl.onderwijsloket.portal.ui.Links;
import nl.onderwijsloket.portal.ui.PageTitles;

/** A pathway's page: its steps in order, with the courses behind them. */
@Route(Links.PATHWAY_ROUTE)
@AnonymousAllowed
class PathwayView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogueService catalogue;
    private String title = "";

    PathwayView(CatalogueService catalogue) {
        this.catalogue = catalogue;
        addClassName("pathway-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PathwayDetails pathway = event.getRouteParameters().get(Links.PATHWAY_CODE)
                .flatMap(catalogue::pathway)
                .orElseThrow(NotFoundException::new);
        title = pathway.title();
        removeAll();
        var back = new RouterLink(getTranslation("pathway.back"), PathwaysView.class);
        back.addClassName("back-link");
        var heading = new H1(pathway.title());
        heading.setId("pathway-title");
        var summary = new Paragraph(pathway.summary());
        summary.addClassName("lead");
        var meta = new Paragraph(getTranslation("pathway.meta",
                pathway.audiences().stream().map(a -> getTranslation(a.labelKey())).sorted()
                        .collect(Collectors.joining(", ")),
                pathway.durationMonths(), pathway.steps().size()));
        meta.addClassName("pathway-meta");
        var outcome = new Paragraph(getTranslation("pathway.outcome", pathway.outcome()));

        var steps = new OrderedList();
        steps.setId("pathway-steps");
        steps.addClassName("pathway-steps");
        pathway.steps().forEach(step -> steps.add(step(step)));
        add(back, heading, summary, meta, new Paragraph(pathway.description()), outcome,
                new H2(getTranslation("pathway.steps")), steps);
    }

    private ListItem step(PathwayDetails.Step step) {
        var item = new ListItem();
        item.addClassName("pathway-step");
        item.addClassName(step.kind() == StepKind.COURSE ? "step-course" : "step-milestone");
        var kind = new Span(getTranslation(step.kind().labelKey()) + " · "
                + getTranslation("pathway.month", step.plannedMonth()));
        kind.addClassName("step-kind");
        item.add(kind);
        if (step.courseId() != null) {
            item.add(new H3(Links.course(step.courseId()).anchor(step.title())));
            item.add(new Paragraph(step.nextStart() == null
                    ? getTranslation("course.no-editions")
                    : getTranslation("course.next-start", Formats.date(step.nextStart()))));
        } else {
            item.add(new H3(step.title()));
        }
        if (step.description() != null) {
            item.add(new Paragraph(step.description()));
        }
        return item;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.named(this, title);
    }
}
