package nl.onderwijsloket.portal.induction.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import nl.onderwijsloket.portal.induction.Facility;
import nl.onderwijsloket.portal.induction.FacilityKind;
import nl.onderwijsloket.portal.induction.InductionService;
import nl.onderwijsloket.portal.induction.StarterDetails;
import nl.onderwijsloket.portal.ui.ServiceFeedback;

/** The facility of the starter's current year, as granted and as used, for HR to record. */
final class FacilityForm {

    private FacilityForm() {
    }

    static Component section(Component owner, InductionService induction, StarterDetails details, Runnable changed) {
        int year = details.row().year();
        Facility current = details.facilities().stream().filter(f -> f.year() == year).findFirst()
                .orElse(new Facility(year, FacilityKind.EXTRA_HOURS, 0, 0, -1));
        var kind = new Select<FacilityKind>();
        kind.setLabel(owner.getTranslation("induction.facility.kind"));
        kind.setId("facility-kind");
        kind.setItems(FacilityKind.values());
        kind.setItemLabelGenerator(k -> owner.getTranslation(k.labelKey()));
        kind.setValue(current.kind());
        var granted = new IntegerField(owner.getTranslation("induction.facility.granted"));
        granted.setId("facility-granted");
        granted.setMin(0);
        granted.setValue(current.granted());
        var used = new IntegerField(owner.getTranslation("induction.facility.used"));
        used.setId("facility-used");
        used.setMin(0);
        used.setValue(current.used());
        var save = new Button(owner.getTranslation("guidance.form.save"), e -> ServiceFeedback.runThenRefresh(owner,
                () -> induction.saveFacility(details.row().placementId(), new Facility(year, kind.getValue(),
                        granted.getValue() == null ? -1 : granted.getValue(),
                        used.getValue() == null ? -1 : used.getValue(), current.version())), changed));
        save.setId("facility-save");
        var row = new HorizontalLayout(kind, granted, used, save);
        row.setWrap(true);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return new Div(new H3(owner.getTranslation("induction.facility.heading", year)), row);
    }
}
