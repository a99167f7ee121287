package nl.onderwijsloket.portal.induction.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;

/** "Does this pairing fit?" with a yes and a no, asked of mentor and starter after their first meeting. */
final class FitQuestion {

    private FitQuestion() {
    }

    static Component of(Component owner, Consumer<Boolean> answer) {
        var box = new Div();
        box.addClassName("fit-question");
        box.add(new Paragraph(owner.getTranslation("guidance.fit.question")));
        var yes = new Button(owner.getTranslation("guidance.fit.yes"), e -> answer.accept(true));
        yes.addClassName("fit-yes");
        yes.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
        var no = new Button(owner.getTranslation("guidance.fit.no"), e -> answer.accept(false));
        no.addClassName("fit-no");
        no.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        box.add(yes, no);
        return box;
    }
}
