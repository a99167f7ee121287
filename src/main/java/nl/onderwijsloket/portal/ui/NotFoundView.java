package nl.onderwijsloket.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A friendly, translated "page not found" inside the portal's layout. */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    NotFoundView() {
        addClassName("not-found-view");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(content(this));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** The page's heading, text and way back; also shown for a page the user may not see. */
    static Component[] content(Component page) {
        var heading = new H1(page.getTranslation("error.not-found.title"));
        heading.setId("not-found");
        return new Component[] {heading, new Paragraph(page.getTranslation("error.not-found.text")),
                new Anchor("", page.getTranslation("error.not-found.home"))};
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "error.not-found.title");
    }
}
