package nl.onderwijsloket.portal.induction.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import nl.onderwijsloket.portal.induction.InductionService;
import nl.onderwijsloket.portal.induction.MentorSuggestion;
import nl.onderwijsloket.portal.induction.PairingService;
import nl.onderwijsloket.portal.induction.PairingStatus;
import nl.onderwijsloket.portal.induction.StarterDetails;
import nl.onderwijsloket.portal.ui.Formats;
import nl.onderwijsloket.portal.ui.ServiceFeedback;

/**
 * One starter for HR: signals, progress, facilities, the pairings so far and the entries the starter shared; and
 * what HR can do: pair from the suggestions (each score explained), pause, resume, end, or hand over.
 */
final class StarterDialog {

    private static final int SUGGESTIONS = 5;

    private StarterDialog() {
    }

    static void open(Component owner, InductionService induction, PairingService pairings, long placementId,
                     Runnable changed) {
        var dialog = new Dialog();
        dialog.setId("starter-dialog");
        dialog.setWidth("min(48rem, 96vw)");
        var content = new Div();
        dialog.add(content);
        var close = new Button(owner.getTranslation("guidance.form.close"), e -> dialog.close());
        close.setId("starter-dialog-close");
        dialog.getFooter().add(close);
        Runnable[] fill = new Runnable[1];
        fill[0] = () -> {
            content.removeAll();
            induction.starter(placementId).ifPresentOrElse(
                    details -> fill(owner, content, details, induction, pairings, () -> {
                        changed.run();
                        fill[0].run();
                    }, dialog), dialog::close);
        };
        fill[0].run();
        dialog.open();
    }

    private static void fill(Component owner, Div content, StarterDetails details, InductionService induction,
                             PairingService pairings, Runnable changed, Dialog dialog) {
        var row = details.row();
        dialog.setHeaderTitle(row.name());
        content.add(new Paragraph(row.programmeName() + " · " + owner.getTranslation("induction.year", row.year())
                + " · " + owner.getTranslation("induction.started", Formats.date(row.startedOn()))));
        content.add(InductionView.signals(row));
        var counts = new Paragraph(owner.getTranslation("induction.detail.meetings", row.meetings(),
                row.lastMeeting() == null ? "–" : Formats.date(row.lastMeeting())));
        counts.setId("starter-meeting-count");
        content.add(counts);

        content.add(new H3(owner.getTranslation("induction.detail.pairing")));
        boolean live = row.pairingStatus() != null && row.pairingStatus().live();
        if (live) {
            content.add(new Paragraph(owner.getTranslation(row.pairingStatus().labelKey()) + ": " + row.mentorName()));
            content.add(lifecycle(owner, row.pairingId(), row.pairingStatus(), induction, pairings, row.placementId(),
                    changed));
        } else {
            content.add(suggestions(owner, induction, details.row().placementId(),
                    s -> ServiceFeedback.runThenRefresh(owner, () -> pairings.pair(details.row().placementId(),
                            s.mentorId()), changed)));
        }
        if (!details.pairings().isEmpty()) {
            var history = new UnorderedList();
            history.setId("pairing-history");
            details.pairings().forEach(p -> history.add(new ListItem(p.mentorName() + ": "
                    + owner.getTranslation(p.status().labelKey()) + " (" + Formats.dateTime(p.proposedAt()) + ")"
                    + (p.endReason() == null ? "" : " – " + p.endReason()))));
            content.add(new Details(owner.getTranslation("induction.detail.history"), history));
        }

        content.add(new H3(owner.getTranslation("induction.detail.progress")));
        var progress = new UnorderedList();
        progress.setId("starter-progress");
        details.progress().stream().filter(m -> m.year() == row.year()).forEach(m -> progress.add(new ListItem(
                m.title() + ": " + m.done() + "/" + m.required()
                        + (m.overdue() > 0 ? " – " + owner.getTranslation("my-guidance.state.overdue", m.overdue()) : ""))));
        content.add(progress);
        content.add(FacilityForm.section(owner, induction, details, changed));

        content.add(new H3(owner.getTranslation("induction.detail.shared")));
        var privacy = new Paragraph(owner.getTranslation("induction.detail.privacy"));
        privacy.addClassName("guidance-privacy");
        content.add(privacy);
        var shared = GuidanceLogList.of(owner, details.sharedEntries(), null);
        shared.setId("starter-shared-entries");
        content.add(shared);
    }

    private static Component lifecycle(Component owner, long pairingId, PairingStatus status,
                                       InductionService induction, PairingService pairings, long placementId,
                                       Runnable changed) {
        var bar = new HorizontalLayout();
        bar.setWrap(true);
        if (status == PairingStatus.ACTIVE) {
            bar.add(reasonButton(owner, "induction.action.pause", "pause-pairing",
                    reason -> ServiceFeedback.runThenRefresh(owner, () -> pairings.pause(pairingId, reason), changed)));
        }
        if (status == PairingStatus.PAUSED) {
            var resume = new Button(owner.getTranslation("induction.action.resume"),
                    e -> ServiceFeedback.runThenRefresh(owner, () -> pairings.resume(pairingId), changed));
            resume.addClassName("resume-pairing");
            bar.add(resume);
        }
        bar.add(reasonButton(owner, "induction.action.end", "end-pairing",
                reason -> ServiceFeedback.runThenRefresh(owner, () -> pairings.end(pairingId, reason), changed)));
        var handOver = new Button(owner.getTranslation("induction.action.hand-over"), e -> {
            var content = new Div();
            var reason = new TextArea(owner.getTranslation("induction.action.reason"));
            reason.setId("hand-over-reason");
            reason.setWidthFull();
            reason.setMaxLength(500);
            content.add(reason);
            Dialog[] box = new Dialog[1];
            content.add(suggestions(owner, induction, placementId, s -> {
                if (ServiceFeedback.run(owner, () -> pairings.handOver(pairingId, s.mentorId(), reason.getValue()))) {
                    box[0].close();
                    changed.run();
                }
            }));
            box[0] = FormDialog.open(owner, "hand-over-dialog", owner.getTranslation("induction.action.hand-over"),
                    content, owner.getTranslation("guidance.form.close"), () -> true);
        });
        handOver.addClassName("hand-over-pairing");
        bar.add(handOver);
        return bar;
    }

    private static Button reasonButton(Component owner, String labelKey, String className, Consumer<String> action) {
        var button = new Button(owner.getTranslation(labelKey), e -> {
            var reason = new TextArea(owner.getTranslation("induction.action.reason"));
            reason.setId("pairing-reason");
            reason.setWidthFull();
            reason.setMaxLength(500);
            FormDialog.open(owner, "reason-dialog", owner.getTranslation(labelKey), reason,
                    owner.getTranslation(labelKey), () -> {
                        action.accept(reason.getValue());
                        return true;
                    });
        });
        button.addClassName(className);
        return button;
    }

    /** The suggestions for the starter, each with its explanation and a button that picks that mentor. */
    static Component suggestions(Component owner, InductionService induction, long placementId,
                                 Consumer<MentorSuggestion> pick) {
        var list = new Div();
        list.addClassName("suggestions");
        var suggestions = induction.suggestions(placementId, SUGGESTIONS);
        if (suggestions.isEmpty()) {
            list.add(new Paragraph(owner.getTranslation("induction.suggestions.none")));
        }
        for (MentorSuggestion s : suggestions) {
            var card = new Div();
            card.addClassName("suggestion");
            var choose = new Button(owner.getTranslation("induction.suggestion.pair"), e -> pick.accept(s));
            choose.addClassName("pair-mentor");
            choose.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            card.add(new Paragraph(ScoreExplanation.mentorLine(owner, s)), choose,
                    new Details(owner.getTranslation("induction.cohort.why"), ScoreExplanation.of(owner, s)));
            list.add(card);
        }
        return list;
    }
}
