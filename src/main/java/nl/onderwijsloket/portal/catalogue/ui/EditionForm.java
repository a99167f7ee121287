package nl.onderwijsloket.portal.catalogue.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.SerializableConsumer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.onderwijsloket.portal.catalogue.EditionStatus;
import nl.onderwijsloket.portal.ui.DatePickers;

/**
 * The dates, deadlines, place, seats and status of an edition. Knows nothing of persistence: when the
 * values are valid, Save hands them to the listener. The rules are the service's, checked here first so
 * the provider sees them at the field: end not before start, deadlines not after the start, a place unless
 * online, and no fewer seats than are taken.
 */
class EditionForm extends Composite<FormLayout> implements HasEnabled {

    final DatePicker startDate = new DatePicker();
    final DatePicker endDate = new DatePicker();
    final DatePicker enrolmentDeadline = new DatePicker();
    final DatePicker cancellationDeadline = new DatePicker();
    final Checkbox online = new Checkbox();
    final TextField locationName = new TextField();
    final TextField locationTown = new TextField();
    final IntegerField capacity = new IntegerField();
    final Select<EditionStatus> status = new Select<>();
    final TextField cancellationReason = new TextField();
    final Button save = new Button();

    private final Binder<EditionFormData> binder = new Binder<>();

    /**
     * @param seatsTaken seats already held in the edition (0 for a new one)
     * @param statuses   the statuses the provider may choose now
     */
    EditionForm(int seatsTaken, List<EditionStatus> statuses, SerializableConsumer<EditionFormData> onSave) {
        var form = getContent();
        form.addClassName("edition-form");
        form.setAutoResponsive(true);
        form.setExpandFields(true);
        form.setMaxColumns(2);
        form.setColumnWidth("16rem");
        form.setWidthFull();

        label(startDate, "edition.form.start");
        label(endDate, "edition.form.end");
        label(enrolmentDeadline, "edition.form.enrolment-deadline");
        label(cancellationDeadline, "edition.form.cancellation-deadline");
        cancellationDeadline.setHelperText(getTranslation("edition.form.cancellation-deadline.help"));
        cancellationDeadline.setClearButtonVisible(true);
        online.setLabel(getTranslation("edition.form.online"));
        online.setId("edition-online");
        locationName.setLabel(getTranslation("edition.form.location-name"));
        locationName.setId("edition-location-name");
        locationName.setMaxLength(160);
        locationTown.setLabel(getTranslation("edition.form.location-town"));
        locationTown.setId("edition-location-town");
        locationTown.setMaxLength(80);
        capacity.setLabel(getTranslation("edition.form.capacity"));
        capacity.setId("edition-capacity");
        capacity.setMin(Math.max(1, seatsTaken));
        capacity.setStepButtonsVisible(true);
        capacity.setHelperText(seatsTaken > 0 ? getTranslation("edition.form.capacity.help", seatsTaken) : null);
        status.setLabel(getTranslation("edition.form.status"));
        status.setId("edition-status");
        status.setItems(statuses);
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        cancellationReason.setLabel(getTranslation("edition.form.cancellation-reason"));
        cancellationReason.setId("edition-cancellation-reason");
        cancellationReason.setHelperText(getTranslation("edition.form.cancellation-reason.help"));
        cancellationReason.setMaxLength(500);
        cancellationReason.setVisible(false);
        // The pickers' own limits (and bad input) are checked before the binder's rules: give them words too.
        messages(startDate, null, null);
        messages(endDate, "edition.error.end-before-start", null);
        messages(enrolmentDeadline, null, "edition.error.deadline-after-start");
        messages(cancellationDeadline, null, "edition.error.cancellation-after-start");
        capacity.setI18n(new IntegerField.IntegerFieldI18n()
                .setRequiredErrorMessage(getTranslation("edition.form.required"))
                .setBadInputErrorMessage(getTranslation("edition.form.bad-number"))
                .setMinErrorMessage(seatsTaken > 0 ? getTranslation("edition.error.capacity-below-taken", seatsTaken)
                        : getTranslation("edition.error.capacity-positive")));

        binder.forField(startDate)
                .asRequired(getTranslation("edition.form.required"))
                .bind(EditionFormData::getStartDate, EditionFormData::setStartDate);
        var end = binder.forField(endDate)
                .asRequired(getTranslation("edition.form.required"))
                .withValidator(date -> notBefore(date, startDate.getValue()),
                        getTranslation("edition.error.end-before-start"))
                .bind(EditionFormData::getEndDate, EditionFormData::setEndDate);
        var deadline = binder.forField(enrolmentDeadline)
                .asRequired(getTranslation("edition.form.required"))
                .withValidator(date -> notBefore(startDate.getValue(), date),
                        getTranslation("edition.error.deadline-after-start"))
                .bind(EditionFormData::getEnrolmentDeadline, EditionFormData::setEnrolmentDeadline);
        var cancellation = binder.forField(cancellationDeadline)
                .withValidator(date -> date == null || notBefore(startDate.getValue(), date),
                        getTranslation("edition.error.cancellation-after-start"))
                .bind(EditionFormData::getCancellationDeadline, EditionFormData::setCancellationDeadline);
        binder.forField(online).bind(EditionFormData::isOnline, EditionFormData::setOnline);
        var place = binder.forField(locationName)
                .withValidator(name -> online.getValue() || name != null && !name.isBlank(),
                        getTranslation("edition.error.location-required"))
                .bind(EditionFormData::getLocationName, EditionFormData::setLocationName);
        binder.forField(locationTown).bind(EditionFormData::getLocationTown, EditionFormData::setLocationTown);
        binder.forField(capacity)
                .asRequired(getTranslation("edition.form.required"))
                .withValidator(seats -> seats >= 1, getTranslation("edition.error.capacity-positive"))
                .withValidator(seats -> seats >= seatsTaken,
                        getTranslation("edition.error.capacity-below-taken", seatsTaken))
                .bind(EditionFormData::getCapacity, EditionFormData::setCapacity);
        binder.forField(status)
                .asRequired(getTranslation("edition.form.required"))
                .bind(EditionFormData::getStatus, EditionFormData::setStatus);
        binder.forField(cancellationReason)
                .bind(EditionFormData::getCancellationReason, EditionFormData::setCancellationReason);

        // A changed start date can make the other dates right or wrong; say so at once.
        startDate.addValueChangeListener(e -> {
            for (var binding : List.of(end, deadline, cancellation)) {
                if (!binding.getField().isEmpty()) {
                    binding.validate();
                }
            }
            if (e.getValue() != null) {
                endDate.setMin(e.getValue());
                enrolmentDeadline.setMax(e.getValue());
                cancellationDeadline.setMax(e.getValue());
            }
        });
        online.addValueChangeListener(e -> place.validate());
        status.addValueChangeListener(e -> cancellationReason.setVisible(e.getValue() == EditionStatus.CANCELLED));

        save.setText(getTranslation("edition.form.save"));
        save.setId("edition-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> valid().ifPresent(onSave));
        var buttons = new HorizontalLayout(save);

        form.addFormRow(startDate, endDate);
        form.addFormRow(enrolmentDeadline, cancellationDeadline);
        form.addFormRow(online);
        form.addFormRow(locationName, locationTown);
        form.addFormRow(capacity, status);
        form.addFormRow(cancellationReason);
        form.addFormRow(buttons);
    }

    void read(EditionFormData data) {
        binder.readBean(data);
        cancellationReason.setVisible(false);
    }

    /** The values, if they are valid (errors are shown at the fields otherwise). */
    Optional<EditionFormData> valid() {
        var data = new EditionFormData();
        return binder.writeBeanIfValid(data) ? Optional.of(data) : Optional.empty();
    }

    private void messages(DatePicker picker, String minKey, String maxKey) {
        var i18n = picker.getI18n();
        i18n.setRequiredErrorMessage(getTranslation("edition.form.required"));
        i18n.setBadInputErrorMessage(getTranslation("edition.form.bad-date"));
        if (minKey != null) {
            i18n.setMinErrorMessage(getTranslation(minKey));
        }
        if (maxKey != null) {
            i18n.setMaxErrorMessage(getTranslation(maxKey));
        }
        picker.setI18n(i18n);
    }

    private void label(DatePicker picker, String key) {
        picker.setLabel(getTranslation(key));
        picker.setId(key.replace('.', '-'));
        DatePickers.localize(picker);
    }

    private static boolean notBefore(LocalDate date, LocalDate other) {
        return date == null || other == null || !date.isBefore(other);
    }
}
