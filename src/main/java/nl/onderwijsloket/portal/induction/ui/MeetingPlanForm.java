package nl.onderwijsloket.portal.induction.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import nl.onderwijsloket.portal.ui.DatePickers;

/** A guidance meeting to plan: day, start, end and place. */
class MeetingPlanForm extends Composite<FormLayout> {

    /** A planned meeting as the form returns it. */
    record Plan(LocalDateTime start, LocalDateTime end, String place) {
    }

    static final class Data {
        private LocalDate day;
        private LocalTime start;
        private LocalTime end;
        private String place;
    }

    final DatePicker day = new DatePicker();
    final TimePicker start = new TimePicker();
    final TimePicker end = new TimePicker();
    final TextField place = new TextField();
    private final Binder<Data> binder = new Binder<>();

    MeetingPlanForm(LocalDate today) {
        var form = getContent();
        form.addClassName("meeting-plan-form");
        form.setAutoResponsive(true);
        form.setExpandFields(true);
        day.setLabel(getTranslation("guidance.plan.day"));
        day.setId("plan-day");
        DatePickers.localize(day);
        day.setMin(today);
        start.setLabel(getTranslation("guidance.plan.start"));
        start.setId("plan-start");
        end.setLabel(getTranslation("guidance.plan.end"));
        end.setId("plan-end");
        for (TimePicker picker : new TimePicker[] {start, end}) {
            picker.setStep(Duration.ofMinutes(15));
        }
        place.setLabel(getTranslation("guidance.plan.place"));
        place.setId("plan-place");
        place.setMaxLength(200);
        String required = getTranslation("guidance.form.required");
        binder.forField(day).asRequired(required).bind(d -> d.day, (d, v) -> d.day = v);
        binder.forField(start).asRequired(required).bind(d -> d.start, (d, v) -> d.start = v);
        binder.forField(end).asRequired(required)
                .withValidator(t -> start.getValue() == null || t.isAfter(start.getValue()),
                        getTranslation("induction.error.meeting-times"))
                .bind(d -> d.end, (d, v) -> d.end = v);
        binder.forField(place).asRequired(required).bind(d -> d.place, (d, v) -> d.place = v);
        form.setMaxColumns(3);
        form.setColumnWidth("10rem");
        form.addFormRow(day, start, end);
        form.addFormRow(place);
    }

    /** Starts from a meeting already planned, to move it. */
    void fill(nl.onderwijsloket.portal.induction.PlannedMeeting meeting) {
        day.setValue(meeting.startsAt().toLocalDate());
        start.setValue(meeting.startsAt().toLocalTime());
        end.setValue(meeting.endsAt().toLocalTime());
        place.setValue(meeting.place());
    }

    Optional<Plan> valid() {
        var data = new Data();
        return binder.writeBeanIfValid(data)
                ? Optional.of(new Plan(data.day.atTime(data.start), data.day.atTime(data.end), data.place))
                : Optional.empty();
    }
}
