package nl.onderwijsloket.portal.catalogue.ui;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.stream.Collectors;
import nl.onderwijsloket.portal.catalogue.CatalogueService;
import nl.onderwijsloket.portal.ui.Links;
import nl.onderwijsloket.portal.ui.PageTitles;

/** All pathways (leerroutes), each with its audience and duration. */
@Route("leerroutes")
@AnonymousAllowed
class PathwaysView extends VerticalLayout implements HasDynamicTitle {

    PathwaysView(CatalogueService catalogue) {
        addClassName("pathways-view");
        add(new H1(getTranslation("pathways.heading")), new Paragraph(getTranslation("pathways.intro")));
        catalogue.pathways().forEach(pathway -> {
            var card = new Article();
            card.addClassName("pathway-card");
            card.add(new H2(Links.pathway(pathway.code()).anchor(pathway.title())));
            card.add(new Paragraph(pathway.summary()));
            var meta = new Paragraph(getTranslation("pathway.meta",
                    pathway.audiences().stream().map(a -> getTranslation(a.labelKey())).sorted()
                            .collect(Collectors.joining(", ")),
                    pathway.durationMonths(), pathway.steps()));
            meta.addClassName("pathway-meta");
            card.add(meta);
            add(card);
        });
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "pathways.heading");
    }
}
