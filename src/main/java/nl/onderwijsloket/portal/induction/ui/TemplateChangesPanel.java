package nl.onderwijsloket.portal.induction.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import java.util.stream.Collectors;
import nl.onderwijsloket.portal.induction.MilestoneDraft;
import nl.onderwijsloket.portal.induction.ProgrammeService;
import nl.onderwijsloket.portal.induction.ProgrammeSummary;
import nl.onderwijsloket.portal.induction.TemplateChange;
import nl.onderwijsloket.portal.ui.ServiceFeedback;

/**
 * What the desk changed in the regional template since the board last reviewed its copy: each change with
 * a button to take it over, and one to mark the template reviewed (what was not taken over stays as the
 * board has it).
 */
class TemplateChangesPanel extends Composite<Section> {

    private final ProgrammeSummary copy;
    private final ProgrammeService programmes;
    private final Runnable refresh;

    TemplateChangesPanel(ProgrammeSummary copy, List<TemplateChange> changes, ProgrammeService programmes,
                         Runnable refresh) {
        this.copy = copy;
        this.programmes = programmes;
        this.refresh = refresh;
        var section = getContent();
        section.setId("template-changes");
        section.addClassNames("template-changes", "border", "border-contrast-20", "rounded-m", "p-m");
        section.setWidthFull();
        section.add(new H2(getTranslation("induction.template-change.heading")),
                new Paragraph(getTranslation("induction.template-change.intro", copy.reviewedRevision(),
                        copy.revision())));
        if (changes.isEmpty()) {
            section.add(new Paragraph(getTranslation("induction.template-change.none")));
        } else {
            var list = new UnorderedList();
            list.setId("template-change-list");
            changes.forEach(change -> list.add(item(change)));
            section.add(list);
        }
        var reviewed = new Button(getTranslation("induction.template-change.mark-reviewed"), e ->
                ServiceFeedback.runThenRefresh(this, () -> {
                    programmes.markReviewed(copy.id(), copy.version(), copy.revision());
                    Notification.show(getTranslation("induction.template-change.reviewed"));
                }, refresh));
        reviewed.setId("template-changes-mark-reviewed");
        var hint = new Span(getTranslation("induction.template-change.mark-reviewed.hint"));
        hint.addClassNames("text-secondary", "text-s");
        section.add(new Div(reviewed), hint);
    }

    private Component item(TemplateChange change) {
        var item = new ListItem();
        item.addClassName("template-change");
        var type = new Span(getTranslation(change.type().labelKey()) + ": ");
        type.addClassName("font-semibold");
        item.add(type, new Span(describe(change.template())));
        if (change.type() == TemplateChange.Type.CHANGED) {
            String fields = change.fields().stream().sorted().map(f -> getTranslation(f.labelKey()))
                    .collect(Collectors.joining(", "));
            item.add(new Div(new Span(getTranslation("induction.template-change.fields", fields))));
        }
        if (change.copy() != null && change.type() == TemplateChange.Type.CHANGED) {
            var yours = new Span(getTranslation("induction.template-change.yours", describe(change.copy())));
            yours.addClassNames("text-secondary", "text-s");
            item.add(new Div(yours));
        }
        var takeOver = new Button(getTranslation("induction.template-change.take-over"), e ->
                ServiceFeedback.runThenRefresh(this, () -> {
                    programmes.takeOver(copy.id(), change);
                    Notification.show(getTranslation("induction.template-change.taken-over"));
                }, refresh));
        takeOver.addClassName("take-over");
        takeOver.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        item.add(new Div(takeOver));
        return item;
    }

    private String describe(MilestoneDraft milestone) {
        return getTranslation("induction.template-change.what", milestone.title(), milestone.year(),
                milestone.requiredCount(), getTranslation(milestone.helper().labelKey()));
    }
}
