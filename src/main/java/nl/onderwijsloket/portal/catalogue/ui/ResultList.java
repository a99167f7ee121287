package nl.onderwijsloket.portal.catalogue.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import nl.onderwijsloket.portal.catalogue.CatalogueResults;
import nl.onderwijsloket.portal.catalogue.CatalogueService;
import nl.onderwijsloket.portal.catalogue.CourseCard;

/**
 * The catalogue's results, fetched from the database one page at a time: the first page shows at once,
 * "Toon meer" appends the next. Unlike a virtual list, cards stay in the page, so screen readers, the
 * keyboard, find-in-page and the browser's own scrolling all work as on any web page.
 */
class ResultList extends Composite<Div> {

    static final int PAGE_SIZE = 20;

    private final Div list = new Div();
    private final Button more = new Button();
    private BiFunction<Integer, Integer, List<CourseCard>> fetch = (offset, limit) -> List.of();
    private int shown;
    private int total;

    ResultList() {
        list.setId("catalogue-results");
        list.addClassName("catalogue-results");
        list.getElement().setAttribute("role", "list");
        list.getElement().setAttribute("aria-label", getTranslation("catalogue.results"));
        more.setId("catalogue-more");
        more.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        more.addClickListener(e -> showNextPage());
        getContent().add(list, more);
        getContent().setWidthFull();
    }

    /** Starts over with a new search and its first page; {@code fetch} takes offset and limit for the next. */
    void show(CatalogueResults first, BiFunction<Integer, Integer, List<CourseCard>> fetch) {
        this.total = first.total();
        this.fetch = fetch;
        this.shown = 0;
        list.removeAll();
        append(first.cards());
    }

    private void showNextPage() {
        append(fetch.apply(shown, PAGE_SIZE));
    }

    private void append(List<CourseCard> page) {
        page.forEach(card -> {
            var item = new CourseCardComponent(card);
            item.getElement().setAttribute("role", "listitem");
            list.add(item);
        });
        shown += page.size();
        more.setText(total > CatalogueService.COUNT_LIMIT
                ? getTranslation("catalogue.more.unknown", PAGE_SIZE)
                : getTranslation("catalogue.more", Math.min(PAGE_SIZE, total - shown), total - shown));
        more.setVisible(shown < total && page.size() == PAGE_SIZE);
        if (!page.isEmpty() && shown > PAGE_SIZE) {
            // Move focus to the first new card, so keyboard users continue where the new results begin.
            list.getComponentAt(shown - page.size()).getElement().executeJs(
                    "const a = this.querySelector('a'); if (a) a.focus();");
        }
    }

    /** The cards shown now, in order. */
    Stream<CourseCard> cards() {
        return list.getChildren().map(c -> ((CourseCardComponent) c).card());
    }
}
