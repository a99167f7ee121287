package nl.onderwijsloket.portal.induction.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.BiConsumer;
import nl.onderwijsloket.portal.induction.GuidanceEntry;
import nl.onderwijsloket.portal.ui.Formats;
import org.jspecify.annotations.Nullable;

/**
 * The guidance log as a list, newest first. With a share action (the starter's own log) each entry has a button
 * to share it with HR or take the sharing back.
 */
final class GuidanceLogList {

    private GuidanceLogList() {
    }

    static Component of(Component owner, List<GuidanceEntry> entries,
                        @Nullable BiConsumer<GuidanceEntry, Boolean> share) {
        if (entries.isEmpty()) {
            var empty = new Paragraph(owner.getTranslation("guidance.log.empty"));
            empty.addClassName("guidance-log-empty");
            return empty;
        }
        var list = new UnorderedList();
        list.addClassName("guidance-log");
        for (GuidanceEntry entry : entries) {
            var item = new ListItem();
            item.addClassName("guidance-entry");
            var heading = new H4(Formats.dayAndDate(entry.metOn()));
            var by = new Span(owner.getTranslation(entry.byMentor() ? "guidance.log.by-mentor" : "guidance.log.by-starter"));
            by.addClassName("guidance-entry-author");
            item.add(heading, by);
            item.add(line(owner, "guidance.form.topics", entry.topics()));
            if (entry.agreements() != null) {
                item.add(line(owner, "guidance.form.agreements", entry.agreements()));
            }
            if (entry.nextStep() != null) {
                item.add(line(owner, "guidance.form.next-step", entry.nextStep()));
            }
            if (entry.sharedWithHr()) {
                var shared = new Span(owner.getTranslation("guidance.log.shared"));
                shared.getElement().getThemeList().add("badge success");
                shared.addClassName("guidance-entry-shared");
                item.add(new Div(shared));
            }
            if (share != null) {
                var button = new Button(owner.getTranslation(entry.sharedWithHr() ? "guidance.log.unshare"
                        : "guidance.log.share"), e -> share.accept(entry, !entry.sharedWithHr()));
                button.addClassName(entry.sharedWithHr() ? "unshare-entry" : "share-entry");
                button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                item.add(button);
            }
            list.add(item);
        }
        return list;
    }

    private static Component line(Component owner, String labelKey, String text) {
        var label = new Span(owner.getTranslation(labelKey) + ": ");
        label.addClassName("guidance-label");
        var p = new Paragraph(label, new Span(text));
        p.addClassName("guidance-line");
        return p;
    }
}
