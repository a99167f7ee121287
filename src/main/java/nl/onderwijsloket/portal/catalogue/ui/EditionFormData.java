package nl.onderwijsloket.portal.catalogue.ui;

import java.time.LocalDate;
import nl.onderwijsloket.portal.catalogue.EditionPlan;
import nl.onderwijsloket.portal.catalogue.EditionStatus;

/**
 * What the edition form edits: a plain bean the binder writes into (never an entity), turned into the
 * service's {@link EditionPlan} once valid.
 */
final class EditionFormData {

    private LocalDate startDate;
    private LocalDate endDate;
    private LocalDate enrolmentDeadline;
    private LocalDate cancellationDeadline;
    private boolean online;
    private String locationName;
    private String locationTown;
    private Integer capacity;
    private EditionStatus status;
    private String cancellationReason;

    static EditionFormData of(EditionPlan plan) {
        var data = new EditionFormData();
        data.startDate = plan.startDate();
        data.endDate = plan.endDate();
        data.enrolmentDeadline = plan.enrolmentDeadline();
        data.cancellationDeadline = plan.cancellationDeadline();
        data.online = plan.online();
        data.locationName = plan.locationName();
        data.locationTown = plan.locationTown();
        data.capacity = plan.capacity();
        data.status = plan.status();
        return data;
    }

    /** A new edition starts as planned, with room for twenty. */
    static EditionFormData blank() {
        var data = new EditionFormData();
        data.capacity = 20;
        data.status = EditionStatus.PLANNED;
        return data;
    }

    EditionPlan toPlan() {
        return new EditionPlan(startDate, endDate, enrolmentDeadline, cancellationDeadline, online, locationName,
                locationTown, capacity == null ? 0 : capacity, status);
    }

    LocalDate getStartDate() {
        return startDate;
    }

    void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    LocalDate getEndDate() {
        return endDate;
    }

    void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    LocalDate getEnrolmentDeadline() {
        return enrolmentDeadline;
    }

    void setEnrolmentDeadline(LocalDate enrolmentDeadline) {
        this.enrolmentDeadline = enrolmentDeadline;
    }

    LocalDate getCancellationDeadline() {
        return cancellationDeadline;
    }

    void setCancellationDeadline(LocalDate cancellationDeadline) {
        this.cancellationDeadline = cancellationDeadline;
    }

    boolean isOnline() {
        return online;
    }

    void setOnline(boolean online) {
        this.online = online;
    }

    String getLocationName() {
        return locationName;
    }

    void setLocationName(String locationName) {
        this.locationName = locationName;
    }

    String getLocationTown() {
        return locationTown;
    }

    void setLocationTown(String locationTown) {
        this.locationTown = locationTown;
    }

    Integer getCapacity() {
        return capacity;
    }

    void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    EditionStatus getStatus() {
        return status;
    }

    void setStatus(EditionStatus status) {
        this.status = status;
    }

    String getCancellationReason() {
        return cancellationReason;
    }

    void setCancellationReason(String cancellationReason) {
        this.cancellationReason = cancellationReason;
    }
}
