package nl.onderwijsloket.portal.induction.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.onderwijsloket.portal.induction.CohortProposal;
import nl.onderwijsloket.portal.induction.InductionService;
import nl.onderwijsloket.portal.induction.PairingService;
import nl.onderwijsloket.portal.ui.ServiceFeedback;

/**
 * "Pair all starters without a mentor": the optimal proposal with each pair's explanation and the total; HR
 * unticks the pairs it does not want, and only the ticked ones are saved, together or not at all.
 */
final class CohortDialog {

    private CohortDialog() {
    }

    static void open(Component owner, InductionService induction, PairingService pairings, Runnable saved) {
        CohortProposal proposal = induction.cohort();
        var content = new Div();
        content.setId("cohort-proposal");
        var total = new Paragraph(owner.getTranslation("induction.cohort.total", proposal.pairs().size(),
                proposal.total(), proposal.maxTotal()));
        total.setId("cohort-total");
        content.add(total);
        Map<CohortProposal.Pair, Checkbox> chosen = new LinkedHashMap<>();
        for (var pair : proposal.pairs()) {
            var box = new Checkbox(owner.getTranslation("induction.cohort.pair", pair.starterName(),
                    pair.mentor().mentorName(), pair.mentor().score()), true);
            box.addClassName("cohort-pair");
            chosen.put(pair, box);
            var details = new Details(owner.getTranslation("induction.cohort.why"), ScoreExplanation.of(owner, pair.mentor()));
            details.addClassName("cohort-why");
            content.add(new Div(box, details));
        }
        if (!proposal.unpaired().isEmpty()) {
            content.add(new H3(owner.getTranslation("induction.cohort.unpaired")));
            var list = new UnorderedList();
            list.setId("cohort-unpaired");
            proposal.unpaired().forEach(u -> list.add(new ListItem(u.starterName() + ": "
                    + owner.getTranslation(u.reasonKey()))));
            content.add(list);
        }
        if (proposal.pairs().isEmpty() && proposal.unpaired().isEmpty()) {
            content.add(new Paragraph(owner.getTranslation("induction.cohort.nobody")));
        }
        FormDialog.open(owner, "cohort-dialog", owner.getTranslation("induction.cohort"), content,
                owner.getTranslation("induction.cohort.confirm"), () -> {
                    List<CohortProposal.Choice> choices = chosen.entrySet().stream()
                            .filter(e -> e.getValue().getValue())
                            .map(e -> new CohortProposal.Choice(e.getKey().placementId(), e.getKey().mentor().mentorId()))
                            .toList();
                    boolean done = ServiceFeedback.run(owner, () -> pairings.confirmCohort(choices));
                    if (done) {
                        Notification.show(owner.getTranslation("induction.cohort.saved", choices.size()))
                                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        saved.run();
                    }
                    return done;
                });
    }
}
