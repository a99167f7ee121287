package nl.onderwijsloket.portal.induction.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
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
import nl.onderwijsloket.portal.ui.PageTitles;
import nl.onderwijsloket.portal.ui.ServiceFeedback;
import nl.onderwijsloket.portal.ui.UrlQuery;
import nl.onderwijsloket.portal.security.Role;

/**
 * "Inductieprogramma" for HR: the board's adopted programmes (and the regional ones it can still adopt),
 * and the chosen programme ({@code ?soort=starting-teacher}) to tailor, year by year, with what the desk
 * changed in the regional template since the board last looked.
 */
@Route(BoardProgrammeView.ROUTE)
@RolesAllowed(Role.HR_ROLE)
class BoardProgrammeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "inductie/programma";
    /** Which programme is shown, by kind: the board has at most one of each. */
    static final String KIND = "soort";

    private final ProgrammeService programmes;
    private ProgrammeKind selected;

    BoardProgrammeView(ProgrammeService programmes) {
        this.programmes = programmes;
        addClassName("board-programme-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        selected = UrlQuery.read(event.getLocation().getQueryParameters()).codes(KIND, ProgrammeKind.class)
                .stream().findFirst().orElse(null);
        show();
    }

    private void show() {
        removeAll();
        var heading = new H1(getTranslation("induction.programme.title"));
        heading.setId("programme-heading");
        var intro = new Paragraph(getTranslation("induction.programme.intro"));
        intro.addClassName("lead");
        add(heading, intro);

        List<ProgrammeSummary> mine = programmes.boardProgrammes();
        List<ProgrammeSummary> templates = programmes.templates();
        Optional<ProgrammeSummary> shown = mine.stream().filter(p -> p.kind() == selected).findFirst()
                .or(() -> mine.stream().findFirst());
        add(chooser(mine, templates, shown.orElse(null)));
        if (shown.isEmpty()) {
            add(new Paragraph(getTranslation("induction.programme.none")));
            return;
        }
        programmes.programme(shown.get().id()).ifPresent(details -> {
            ProgrammeSummary copy = details.programme();
            var title = new H2(copy.name());
            title.setId("programme-name");
            var years = new Span(getTranslation("induction.programme.years", copy.years()));
            years.addClassNames("text-secondary");
            add(title, years);
            if (copy.behind()) {
                add(new TemplateChangesPanel(copy, programmes.templateChanges(copy.id()), programmes, this::show));
            }
            var editor = new ProgrammeEditor(details, programmes, this::show);
            add(editor);
        });
    }

    private Component chooser(List<ProgrammeSummary> mine, List<ProgrammeSummary> templates,
                              ProgrammeSummary shown) {
        var bar = new HorizontalLayout();
        bar.setId("programme-chooser");
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.getElement().setAttribute("aria-label", getTranslation("induction.programme.chooser"));
        for (ProgrammeSummary template : templates) {
            String code = UrlQuery.code(template.kind());
            String label = getTranslation(template.kind().labelKey());
            Optional<ProgrammeSummary> adopted = mine.stream().filter(p -> p.kind() == template.kind()).findFirst();
            if (adopted.isPresent()) {
                String text = adopted.get().behind()
                        ? label + " (" + getTranslation("induction.programme.behind") + ")" : label;
                var choose = new Button(text, e -> select(template.kind()));
                choose.setId("programme-" + code);
                choose.addThemeVariants(adopted.get().equals(shown) ? ButtonVariant.LUMO_PRIMARY
                        : ButtonVariant.LUMO_CONTRAST);
                bar.add(choose);
            } else {
                var adopt = new Button(getTranslation("induction.programme.adopt", label), e -> adopt(template.kind()));
                adopt.setId("adopt-" + code);
                adopt.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                bar.add(adopt);
            }
        }
        return bar;
    }

    private void adopt(ProgrammeKind kind) {
        if (ServiceFeedback.run(this, () -> programmes.adopt(kind))) {
            Notification.show(getTranslation("induction.programme.adopted-notice"))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            select(kind);
        }
    }

    private void select(ProgrammeKind kind) {
        selected = kind;
        getUI().ifPresent(ui -> ui.navigate(BoardProgrammeView.class,
                UrlQuery.write().codes(KIND, List.of(kind)).toParameters()));
        // Navigating to the same address shows nothing new; show the choice in any case.
        show();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "induction.programme.title");
    }
}
