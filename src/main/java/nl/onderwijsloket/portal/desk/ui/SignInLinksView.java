package nl.onderwijsloket.portal.desk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import nl.onderwijsloket.portal.security.LinkCandidate;
import nl.onderwijsloket.portal.security.LinkConflictException;
import nl.onderwijsloket.portal.security.Role;
import nl.onderwijsloket.portal.security.SignInLinkService;
import nl.onderwijsloket.portal.security.UnlinkedSignIn;
import nl.onderwijsloket.portal.ui.Formats;
import nl.onderwijsloket.portal.ui.PageTitles;
import nl.onderwijsloket.portal.ui.ServiceFeedback;
import nl.onderwijsloket.portal.ui.UrlQuery;

/**
 * The coordinators' list of sign-ins through the identity provider that matched no account and no person,
 * with a way to link one to an account or a person, or to dismiss it. The selected sign-in is in the URL
 * ({@code ?aanmelding=<subject>}).
 */
@Route(SignInLinksView.ROUTE)
@RolesAllowed(Role.COORDINATOR_ROLE)
class SignInLinksView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "koppelingen";
    static final String SELECTED = "aanmelding";

    private final SignInLinkService links;
    private final Grid<UnlinkedSignIn> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private final VerticalLayout panel = new VerticalLayout();
    private final H2 panelHeading = new H2();
    private final ComboBox<LinkCandidate> target = new ComboBox<>();
    private final Button link = new Button();
    private final Button dismiss = new Button();
    private UnlinkedSignIn selected;
    private boolean applyingUrl;

    SignInLinksView(SignInLinkService links) {
        this.links = links;
        addClassName("links-view");
        add(new H1(getTranslation("links.heading")), new Paragraph(getTranslation("links.intro")));

        grid.setId("unlinked-sign-ins");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(s -> s.displayName() == null ? "" : s.displayName())
                .setHeader(getTranslation("links.column.name")).setFlexGrow(2);
        grid.addColumn(this::emailText).setHeader(getTranslation("links.column.email")).setFlexGrow(2);
        grid.addColumn(s -> s.username() == null ? "" : s.username())
                .setHeader(getTranslation("links.column.username"));
        grid.addColumn(s -> s.roles().stream().map(r -> getTranslation(r.labelKey())).sorted()
                .collect(Collectors.joining(", "))).setHeader(getTranslation("links.column.roles"));
        grid.addColumn(s -> Formats.dateTime(s.lastSeen())).setHeader(getTranslation("links.column.last-seen"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(UnlinkedSignIn::attempts).setHeader(getTranslation("links.column.attempts"))
                .setFlexGrow(0).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (!applyingUrl) {
                var parameters = UrlQuery.write().text(SELECTED, e.getValue() == null ? null : e.getValue().subject());
                getUI().ifPresent(ui -> ui.navigate(SignInLinksView.class, parameters.toParameters()));
            }
        });
        empty.setText(getTranslation("links.empty"));
        empty.setId("links-empty");

        target.setId("link-target");
        target.setLabel(getTranslation("links.target"));
        target.setPlaceholder(getTranslation("links.target.placeholder"));
        target.setWidth("32rem");
        target.setItemLabelGenerator(this::candidateText);
        target.setItems(query -> links.candidates(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        target.addValueChangeListener(e -> link.setEnabled(e.getValue() != null));
        link.setText(getTranslation("links.link"));
        link.setId("link-button");
        link.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        link.setEnabled(false);
        link.addClickListener(e -> linkSelected());
        dismiss.setText(getTranslation("links.dismiss"));
        dismiss.setId("dismiss-button");
        dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        dismiss.addClickListener(e -> dismissSelected());
        var actions = new HorizontalLayout(target, link, dismiss);
        actions.setAlignItems(Alignment.BASELINE);
        actions.setWrap(true);
        panel.setId("link-panel");
        panel.addClassName("link-panel");
        panel.setPadding(false);
        panel.add(panelHeading, actions);

        add(grid, empty, panel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String subject = UrlQuery.read(event.getLocation().getQueryParameters()).text(SELECTED);
        selected = subject.isEmpty() ? null : links.unlinkedSignIn(subject).orElse(null);
        int count = links.countUnlinkedSignIns();
        applyingUrl = true;
        try {
            grid.setItems(query -> links.unlinkedSignIns(query.getOffset(), query.getLimit()).stream(),
                    query -> count);
            grid.asSingleSelect().setValue(selected);
        } finally {
            applyingUrl = false;
        }
        grid.setVisible(count > 0);
        empty.setVisible(count == 0);
        panel.setVisible(selected != null);
        target.clear();
        if (selected != null) {
            panelHeading.setText(getTranslation("links.panel.heading", name(selected)));
        }
    }

    private void linkSelected() {
        LinkCandidate chosen = target.getValue();
        if (selected == null || chosen == null) {
            return;
        }
        UnlinkedSignIn signIn = selected;
        ServiceFeedback.runThenRefresh(this, () -> {
            try {
                links.link(signIn.subject(), chosen);
                notify(getTranslation("links.linked", name(signIn), candidateText(chosen)),
                        NotificationVariant.LUMO_SUCCESS);
            } catch (LinkConflictException e) {
                // The service's own answer that someone else was first: the list shows who is left.
                notify(getTranslation("links.conflict"), NotificationVariant.LUMO_ERROR);
            }
        }, this::showList);
    }

    private void dismissSelected() {
        if (selected == null) {
            return;
        }
        UnlinkedSignIn signIn = selected;
        ServiceFeedback.runThenRefresh(this, () -> {
            links.dismiss(signIn.subject());
            notify(getTranslation("links.dismissed", name(signIn)), NotificationVariant.LUMO_CONTRAST);
        }, this::showList);
    }

    /** The list without a selection. */
    private void showList() {
        getUI().ifPresent(ui -> ui.navigate(SignInLinksView.class));
    }

    private void notify(String text, NotificationVariant variant) {
        var notification = Notification.show(text, 6000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
    }

    private String name(UnlinkedSignIn signIn) {
        return signIn.displayName() != null ? signIn.displayName()
                : signIn.email() != null ? signIn.email() : signIn.subject();
    }

    private String emailText(UnlinkedSignIn signIn) {
        if (signIn.email() == null) {
            return "";
        }
        return signIn.emailVerified() ? signIn.email() : getTranslation("links.email-unverified", signIn.email());
    }

    private String candidateText(LinkCandidate candidate) {
        var text = new StringBuilder(candidate.name());
        if (candidate.email() != null) {
            text.append(" <").append(candidate.email()).append('>');
        }
        if (candidate.board() != null) {
            text.append(" – ").append(candidate.board());
        }
        return text.append(" (").append(getTranslation(candidate.kind().labelKey())).append(')').toString();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "links.title");
    }
}
