package nl.onderwijsloket.portal.catalogue.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import nl.onderwijsloket.portal.catalogue.MeetingPlan;
import nl.onderwijsloket.portal.ui.DatePickers;

/**
 * A meeting's day, times and topic. The day must fall within the edition's period and the end come after
 * the start; the form knows nothing of persistence.
 */
class MeetingForm extends Composite<FormLayout> {

    /** What the binder writes into; a plain bean, turned into a {@link MeetingPlan} when valid. */
    static final class Data {
        private LocalDate date;
        private LocalTime start;
        private LocalTime end;
        private String topic;

        static Data of(MeetingPlan plan) {
            var data = new Data();
            data.date = plan.date();
            data.start = plan.start();
            data.end = plan.end();
            data.topic = plan.topic();
            return data;
        }

        MeetingPlan toPlan() {
            return new MeetingPlan(date, start, end, topic);
        }
    }

    final DatePicker date = new DatePicker();
    final TimePicker start = new TimePicker();
    final TimePicker end = new TimePicker();
    final TextField topic = new TextField();
    private final Binder<Data> binder = new Binder<>();

    MeetingForm(LocalDate firstDay, LocalDate lastDay) {
        var form = getContent();
        form.addClassName("meeting-form");
        form.setAutoResponsive(true);
        form.setExpandFields(true);
        date.setLabel(getTranslation("meeting.form.date"));
        date.setId("meeting-date");
        DatePickers.localize(date);
        date.setMin(firstDay);
        date.setMax(lastDay);
        var dateMessages = date.getI18n();
        dateMessages.setRequiredErrorMessage(getTranslation("edition.form.required"));
        dateMessages.setBadInputErrorMessage(getTranslation("edition.form.bad-date"));
        dateMessages.setMinErrorMessage(getTranslation("meeting.error.outside-edition"));
        dateMessages.setMaxErrorMessage(getTranslation("meeting.error.outside-edition"));
        date.setI18n(dateMessages);
        start.setLabel(getTranslation("meeting.form.start"));
        start.setId("meeting-start");
        end.setLabel(getTranslation("meeting.form.end"));
        end.setId("meeting-end");
        for (TimePicker picker : new TimePicker[] {start, end}) {
            picker.setStep(Duration.ofMinutes(15));
            picker.setLocale(picker.getLocale());
            picker.setI18n(new TimePicker.TimePickerI18n()
                    .setRequiredErrorMessage(getTranslation("edition.form.required"))
                    .setBadInputErrorMessage(getTranslation("meeting.form.bad-time")));
        }
        topic.setLabel(getTranslation("meeting.form.topic"));
        topic.setId("meeting-topic");
        topic.setMaxLength(200);

        binder.forField(date)
                .asRequired(getTranslation("edition.form.required"))
                .withValidator(d -> !d.isBefore(firstDay) && !d.isAfter(lastDay),
                        getTranslation("meeting.error.outside-edition"))
                .bind(d -> d.date, (d, v) -> d.date = v);
        binder.forField(start)
                .asRequired(getTranslation("edition.form.required"))
                .bind(d -> d.start, (d, v) -> d.start = v);
        var endBinding = binder.forField(end)
                .asRequired(getTranslation("edition.form.required"))
                .withValidator(t -> start.getValue() == null || t.isAfter(start.getValue()),
                        getTranslation("meeting.error.end-before-start"))
                .bind(d -> d.end, (d, v) -> d.end = v);
        binder.forField(topic).bind(d -> d.topic, (d, v) -> d.topic = v);
        start.addValueChangeListener(e -> {
            if (!end.isEmpty()) {
                endBinding.validate();
            }
        });
        form.setMaxColumns(3);
        form.setColumnWidth("10rem");
        form.addFormRow(date, start, end);
        form.addFormRow(topic);
    }

    void read(MeetingPlan plan) {
        binder.readBean(Data.of(plan));
    }

    Optional<MeetingPlan> valid() {
        var data = new Data();
        return binder.writeBeanIfValid(data) ? Optional.of(data.toPlan()) : Optional.empty();
    }
}
