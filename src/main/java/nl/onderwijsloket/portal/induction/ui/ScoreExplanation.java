package nl.onderwijsloket.portal.induction.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import nl.onderwijsloket.portal.induction.MentorSuggestion;

/** A suggested mentor's score, part by part, in sentences HR can read. */
final class ScoreExplanation {

    private ScoreExplanation() {
    }

    static Component of(Component owner, MentorSuggestion suggestion) {
        var box = new Div();
        box.addClassName("score-explanation");
        var total = new Span(owner.getTranslation("induction.score.total", suggestion.score(), suggestion.maxScore()));
        total.addClassName("score-total");
        total.getElement().getThemeList().add("badge");
        box.add(total);
        var parts = new UnorderedList();
        parts.addClassName("score-parts");
        for (var part : suggestion.parts()) {
            var item = new ListItem();
            item.addClassName("score-part");
            var criterion = new Span(owner.getTranslation(part.criterionKey()) + " (" + part.points() + "/" + part.max()
                    + "): ");
            criterion.addClassName("score-criterion");
            item.add(criterion, new Span(owner.getTranslation(part.sentenceKey(), part.args().toArray())));
            parts.add(item);
        }
        box.add(parts);
        return box;
    }

    /** One line about the mentor: name, board or school, town and free places. */
    static String mentorLine(Component owner, MentorSuggestion s) {
        String where = s.schoolName() != null ? s.schoolName() : s.boardName();
        return owner.getTranslation("induction.suggestion.line", s.mentorName(), where,
                s.town() == null ? "" : s.town(), s.freePlaces(), s.capacity());
    }
}
