package nl.onderwijsloket.portal.induction.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import nl.onderwijsloket.portal.induction.Helper;
import nl.onderwijsloket.portal.induction.MilestoneDraft;
import nl.onderwijsloket.portal.induction.MilestoneKind;

/**
 * The small form for one milestone: year, kind, description, how often, who helps. It knows nothing of
 * saving: {@code save} gets the draft and says whether it went through; only then the dialog closes. The
 * service is the authority on the rules; the form only spares the user a round trip for the obvious ones.
 */
class MilestoneDialog extends Dialog {

    private final Binder<Form> binder = new Binder<>();
    private final Form form;
    private final Predicate<MilestoneDraft> save;

    /** The form's values, written by the binder. */
    static final class Form {
        Integer year;
        MilestoneKind kind;
        String title;
        Integer count;
        Helper helper;

        MilestoneDraft draft() {
            return new MilestoneDraft(year == null ? 0 : year, kind, title, count == null ? 0 : count, helper);
        }
    }

    MilestoneDialog(boolean adding, int years, MilestoneDraft initial, Predicate<MilestoneDraft> save) {
        this.save = save;
        setId("milestone-dialog");
        setHeaderTitle(getTranslation(adding ? "induction.milestone.dialog.add" : "induction.milestone.dialog.edit"));
        setWidth("min(36rem, 100vw)");

        var year = new Select<Integer>();
        year.setId("milestone-year");
        year.setLabel(getTranslation("induction.milestone.field.year"));
        year.setItems(IntStream.rangeClosed(1, years).boxed().toList());
        year.setItemLabelGenerator(y -> getTranslation("induction.programme.year", y));
        var kind = new Select<MilestoneKind>();
        kind.setId("milestone-kind");
        kind.setLabel(getTranslation("induction.milestone.field.kind"));
        kind.setItems(MilestoneKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        var title = new TextField(getTranslation("induction.milestone.field.title"));
        title.setId("milestone-title");
        title.setMaxLength(MilestoneDraft.MAX_TITLE);
        var count = new IntegerField(getTranslation("induction.milestone.field.count"));
        count.setId("milestone-count");
        count.setMin(MilestoneDraft.MIN_COUNT);
        count.setMax(MilestoneDraft.MAX_COUNT);
        count.setStepButtonsVisible(true);
        var helper = new Select<Helper>();
        helper.setId("milestone-helper");
        helper.setLabel(getTranslation("induction.milestone.field.helper"));
        helper.setItems(Helper.values());
        helper.setItemLabelGenerator(h -> getTranslation(h.labelKey()));

        binder.forField(year).asRequired(getTranslation("induction.milestone.year-range", years))
                .bind(f -> f.year, (f, v) -> f.year = v);
        binder.forField(kind).asRequired(getTranslation("induction.milestone.kind-required"))
                .bind(f -> f.kind, (f, v) -> f.kind = v);
        binder.forField(title).asRequired(getTranslation("induction.milestone.title-required"))
                .bind(f -> f.title, (f, v) -> f.title = v);
        String countRange = getTranslation("induction.milestone.count-range", MilestoneDraft.MIN_COUNT,
                MilestoneDraft.MAX_COUNT);
        binder.forField(count).asRequired(countRange)
                .withValidator(v -> v >= MilestoneDraft.MIN_COUNT && v <= MilestoneDraft.MAX_COUNT, countRange)
                .bind(f -> f.count, (f, v) -> f.count = v);
        binder.forField(helper).asRequired(getTranslation("induction.milestone.helper-required"))
                .bind(f -> f.helper, (f, v) -> f.helper = v);

        form = new Form();
        form.year = initial.year();
        form.kind = initial.kind();
        form.title = initial.title();
        form.count = initial.requiredCount();
        form.helper = initial.helper();
        binder.readBean(form);

        var layout = new FormLayout(title, kind, count, helper, year);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        layout.setColspan(title, 2);
        add(layout);

        var saveButton = new Button(getTranslation("induction.milestone.save"), e -> save());
        saveButton.setId("milestone-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("induction.milestone.cancel"), e -> close());
        cancel.setId("milestone-cancel");
        getFooter().add(cancel, saveButton);
    }

    private void save() {
        if (binder.writeBeanIfValid(form) && save.test(form.draft())) {
            close();
        }
    }
}
