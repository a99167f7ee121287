package nl.onderwijsloket.portal.induction.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import nl.onderwijsloket.portal.induction.InductionService;
import nl.onderwijsloket.portal.induction.ProgrammeOption;
import nl.onderwijsloket.portal.induction.UnplacedStarter;
import nl.onderwijsloket.portal.ui.DatePickers;
import nl.onderwijsloket.portal.ui.ServiceFeedback;

/**
 * Places a starter in one of the board's programmes: one of the employees the import marks as starters (function
 * and date of employment), with the programme and the start date (by default the date of employment).
 */
final class PlaceStarterDialog {

    private PlaceStarterDialog() {
    }

    static void open(Component owner, InductionService induction, LocalDate today, Runnable placed) {
        var programmes = induction.programmes();
        var starters = induction.unplacedStarters();
        var form = new FormLayout();
        form.setAutoResponsive(true);
        form.setExpandFields(true);
        form.setMaxColumns(1);
        if (programmes.isEmpty()) {
            form.add(new Paragraph(owner.getTranslation("induction.place.no-programme")));
        }
        var employee = new ComboBox<UnplacedStarter>(owner.getTranslation("induction.place.employee"));
        employee.setId("place-employee");
        employee.setItems(starters);
        employee.setItemLabelGenerator(s -> s.name() + " (" + owner.getTranslation(s.function().labelKey())
                + (s.startedOn() == null ? "" : ", " + owner.getTranslation("induction.place.since",
                nl.onderwijsloket.portal.ui.Formats.date(s.startedOn()))) + ")");
        employee.setHelperText(owner.getTranslation("induction.place.employee-help"));
        var programme = new Select<ProgrammeOption>();
        programme.setLabel(owner.getTranslation("induction.place.programme"));
        programme.setId("place-programme");
        programme.setItems(programmes);
        programme.setItemLabelGenerator(ProgrammeOption::name);
        if (!programmes.isEmpty()) {
            programme.setValue(programmes.getFirst());
        }
        var start = new DatePicker(owner.getTranslation("induction.place.start"));
        start.setId("place-start");
        DatePickers.localize(start);
        employee.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue().startedOn() != null) {
                start.setValue(e.getValue().startedOn());
            }
        });
        form.add(employee, programme, start);
        FormDialog.open(owner, "place-dialog", owner.getTranslation("induction.place"), form,
                owner.getTranslation("induction.place.save"), () -> {
                    if (employee.getValue() == null || programme.getValue() == null) {
                        employee.setInvalid(employee.getValue() == null);
                        employee.setErrorMessage(owner.getTranslation("guidance.form.required"));
                        return false;
                    }
                    boolean done = ServiceFeedback.run(owner, () -> induction.place(employee.getValue().employeeId(),
                            programme.getValue().id(), start.getValue()));
                    if (done) {
                        Notification.show(owner.getTranslation("induction.place.done", employee.getValue().name()))
                                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        placed.run();
                    }
                    return done;
                });
    }
}
