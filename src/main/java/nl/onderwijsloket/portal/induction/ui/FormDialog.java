package nl.onderwijsloket.portal.induction.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.BooleanSupplier;

/** A dialog around a form: a title, the form, cancel, and a save button that closes only when saving succeeded. */
final class FormDialog {

    private FormDialog() {
    }

    static Dialog open(Component owner, String id, String title, Component form, String saveLabel,
                       BooleanSupplier save) {
        var dialog = new Dialog();
        dialog.setId(id);
        dialog.setHeaderTitle(title);
        dialog.add(form);
        dialog.setWidth("min(36rem, 95vw)");
        var saveButton = new Button(saveLabel, e -> {
            if (save.getAsBoolean()) {
                dialog.close();
            }
        });
        saveButton.setId(id + "-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(owner.getTranslation("guidance.form.cancel"), e -> dialog.close());
        cancel.setId(id + "-cancel");
        dialog.getFooter().add(cancel, saveButton);
        dialog.open();
        return dialog;
    }
}
