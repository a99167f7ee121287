package nl.onderwijsloket.portal.induction.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import nl.onderwijsloket.portal.induction.ProgrammeKind;
import nl.onderwijsloket.portal.induction.ProgrammeService;
import nl.onderwijsloket.portal.induction.ProgrammeSummary;
import nl.onderwijsloket.portal.security.Role;
import nl.onderwijsloket.portal.ui.PageTitles;
import nl.onderwijsloket.portal.ui.UrlQuery;

/**
 * "Programma's" for the desk's coordinator: the regional templates, one per kind ({@code ?soort=...}),
 * edited year by year. Every change a board would notice raises the template's revision; the boards' own
 * copies stay as they are until they take a change over.
 */
@Route(TemplateProgrammesView.ROUTE)
@RolesAllowed(Role.COORDINATOR_ROLE)
class TemplateProgrammesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "programmas";

    private final ProgrammeService programmes;
    private ProgrammeKind selected;

    TemplateProgrammesView(ProgrammeService programmes) {
        this.programmes = programmes;
        addClassName("template-programmes-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        selected = UrlQuery.read(event.getLocation().getQueryParameters())
                .codes(BoardProgrammeView.KIND, ProgrammeKind.class).stream().findFirst().orElse(null);
        show();
    }

    private void show() {
        removeAll();
        var heading = new H1(getTranslation("induction.templates.title"));
        heading.setId("templates-heading");
        var intro = new Paragraph(getTranslation("induction.templates.intro"));
        intro.addClassName("lead");
        add(heading, intro);
        List<ProgrammeSummary> templates = programmes.templates();
        if (templates.isEmpty()) {
            add(new Paragraph(getTranslation("induction.templates.none")));
            return;
        }
        ProgrammeSummary shown = templates.stream().filter(t -> t.kind() == selected).findFirst()
                .orElse(templates.getFirst());
        var bar = new HorizontalLayout();
        bar.setId("template-chooser");
        bar.setWrap(true);
        bar.getElement().setAttribute("aria-label", getTranslation("induction.templates.chooser"));
        for (ProgrammeSummary template : templates) {
            var choose = new Button(getTranslation(template.kind().labelKey()), e -> select(template.kind()));
            choose.setId("template-" + UrlQuery.code(template.kind()));
            choose.addThemeVariants(template.equals(shown) ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
            bar.add(choose);
        }
        add(bar);
        Optional.of(shown.id()).flatMap(programmes::programme).ifPresent(details -> {
            var title = new H2(details.programme().name());
            title.setId("template-name");
            var facts = new Span(getTranslation("induction.programme.years", details.programme().years()) + " · "
                    + getTranslation("induction.programme.revision", details.programme().revision()));
            facts.setId("template-revision");
            facts.addClassName("text-secondary");
            var editor = new ProgrammeEditor(details, programmes, this::show);
            add(title, facts, editor);
        });
    }

    private void select(ProgrammeKind kind) {
        selected = kind;
        getUI().ifPresent(ui -> ui.navigate(TemplateProgrammesView.class,
                UrlQuery.write().codes(BoardProgrammeView.KIND, List.of(kind)).toParameters()));
        show();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "induction.templates.title");
    }
}
