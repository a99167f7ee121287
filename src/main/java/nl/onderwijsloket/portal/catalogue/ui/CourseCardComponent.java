package nl.onderwijsloket.portal.catalogue.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import nl.onderwijsloket.portal.catalogue.CourseCard;
import nl.onderwijsloket.portal.ui.Formats;
import nl.onderwijsloket.portal.ui.Links;

/** One result in the catalogue list: title as link, provider, summary, key facts and the next start. */
class CourseCardComponent extends Composite<Article> {

    private final CourseCard card;

    CourseCardComponent(CourseCard card) {
        this.card = card;
        var article = getContent();
        article.addClassName("course-card");

        var link = Links.course(card.id()).anchor(card.title());
        link.addClassName("course-card-link");
        var title = new H2(link);
        var provider = new Span(card.providerName());
        provider.addClassName("course-card-provider");
        var summary = new Paragraph(card.summary());
        summary.addClassName("course-card-summary");

        var facts = new Div(
                badge(getTranslation(card.format().labelKey())),
                badge(getTranslation(card.level().labelKey())),
                badge(CatalogueTexts.hours(this, card.studyLoadHours())),
                badge(CatalogueTexts.cost(this, card.costCents())));
        facts.addClassName("course-card-facts");

        var next = new Div();
        next.addClassName("course-card-next");
        if (card.nextStart() == null) {
            next.setText(getTranslation("course.no-editions"));
        } else {
            var start = new Span(getTranslation("course.next-start", Formats.date(card.nextStart())));
            var seats = new Span(CatalogueTexts.seats(this, card.nextSeatsLeft() == null ? 0 : card.nextSeatsLeft()));
            seats.addClassName(card.nextSeatsLeft() != null && card.nextSeatsLeft() > 0 ? "seats-free" : "seats-full");
            next.add(start, new Span(" · "), seats);
            if (card.upcomingEditions() > 1) {
                next.add(new Span(" · " + getTranslation("course.more-editions", card.upcomingEditions() - 1)));
            }
        }
        article.add(title, provider, summary, facts, next);
    }

    CourseCard card() {
        return card;
    }

    private static Span badge(String text) {
        var badge = new Span(text);
        badge.addClassName("badge");
        return badge;
    }
}
