package nl.onderwijsloket.portal.catalogue.data;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import nl.onderwijsloket.portal.catalogue.EditionStatus;

/**
 * One run of a course. {@code seatsTaken} is only ever changed by conditional SQL updates (see the
 * enrolment feature), never through this entity (it is not updatable here), so that capacity holds under
 * concurrent use. The provider plans the rest through {@link #plan}.
 */
@Entity
@Table(name = "edition")
public class Edition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private Course course;
    @NotNull
    private LocalDate startDate;
    @NotNull
    private LocalDate endDate;
    private boolean online;
    private String locationName;
    private String locationTown;
    @Min(1)
    private int capacity;
    @Column(updatable = false)
    private int seatsTaken;
    @NotNull
    private LocalDate enrolmentDeadline;
    private LocalDate cancellationDeadline;
    @NotNull
    @Enumerated(EnumType.STRING)
    private EditionStatus status;
    @Version
    private long version;

    protected Edition() {
    }

    /** A new edition of the course; nobody has a seat yet. */
    public Edition(Course course) {
        this.course = course;
    }

    /** Sets what the provider plans; the service has checked the rules (dates, seats taken, status). */
    public void plan(LocalDate startDate, LocalDate endDate, LocalDate enrolmentDeadline,
                     LocalDate cancellationDeadline, boolean online, String locationName, String locationTown,
                     int capacity, EditionStatus status) {
        this.startDate = startDate;
        this.endDate = endDate;
        this.enrolmentDeadline = enrolmentDeadline;
        this.cancellationDeadline = cancellationDeadline;
        this.online = online;
        this.locationName = locationName;
        this.locationTown = locationTown;
        this.capacity = capacity;
        this.status = status;
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public boolean isOnline() {
        return online;
    }

    public String getLocationName() {
        return locationName;
    }

    public String getLocationTown() {
        return locationTown;
    }

    public int getCapacity() {
        return capacity;
    }

    public int getSeatsTaken() {
        return seatsTaken;
    }

    public LocalDate getEnrolmentDeadline() {
        return enrolmentDeadline;
    }

    /** Until when participants may cancel themselves; null means until the enrolment deadline. */
    public LocalDate getCancellationDeadline() {
        return cancellationDeadline;
    }

    public EditionStatus getStatus() {
        return status;
    }

    public long getVersion() {
        return version;
    }
}
