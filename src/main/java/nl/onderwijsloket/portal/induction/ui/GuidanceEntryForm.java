package nl.onderwijsloket.portal.induction.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.Optional;
import nl.onderwijsloket.portal.induction.GuidanceDraft;
import nl.onderwijsloket.portal.ui.DatePickers;

/** A guidance meeting for the log: the day, what was discussed, what was agreed and the next step. */
class GuidanceEntryForm extends Composite<FormLayout> {

    static final class Data {
        private LocalDate metOn;
        private String topics;
        private String agreements;
        private String nextStep;
    }

    final DatePicker metOn = new DatePicker();
    final TextArea topics = new TextArea();
    final TextArea agreements = new TextArea();
    final TextArea nextStep = new TextArea();
    private final Binder<Data> binder = new Binder<>();

    GuidanceEntryForm(LocalDate today) {
        var form = getContent();
        form.addClassName("guidance-entry-form");
        form.setAutoResponsive(true);
        form.setExpandFields(true);
        metOn.setLabel(getTranslation("guidance.form.met-on"));
        metOn.setId("guidance-met-on");
        DatePickers.localize(metOn);
        metOn.setMax(today);
        metOn.setValue(today);
        topics.setLabel(getTranslation("guidance.form.topics"));
        topics.setId("guidance-topics");
        topics.setMaxLength(2000);
        agreements.setLabel(getTranslation("guidance.form.agreements"));
        agreements.setId("guidance-agreements");
        agreements.setMaxLength(2000);
        nextStep.setLabel(getTranslation("guidance.form.next-step"));
        nextStep.setId("guidance-next-step");
        nextStep.setMaxLength(1000);
        binder.forField(metOn).asRequired(getTranslation("guidance.form.required"))
                .withValidator(d -> !d.isAfter(today), getTranslation("induction.error.meeting-in-future"))
                .bind(d -> d.metOn, (d, v) -> d.metOn = v);
        binder.forField(topics).asRequired(getTranslation("guidance.form.required"))
                .bind(d -> d.topics, (d, v) -> d.topics = v);
        binder.forField(agreements).bind(d -> d.agreements, (d, v) -> d.agreements = v);
        binder.forField(nextStep).bind(d -> d.nextStep, (d, v) -> d.nextStep = v);
        form.setMaxColumns(1);
        form.add(metOn, topics, agreements, nextStep);
    }

    Optional<GuidanceDraft> valid() {
        var data = new Data();
        return binder.writeBeanIfValid(data)
                ? Optional.of(new GuidanceDraft(data.metOn, data.topics, data.agreements, data.nextStep))
                : Optional.empty();
    }
}
