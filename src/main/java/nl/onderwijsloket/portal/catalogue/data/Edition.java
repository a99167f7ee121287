package nl.onderwijsloket.portal.catalogue.data;

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
 * enrolment feature), never through this entity, so that capacity holds under concurrent use.
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
    private int seatsTaken;
    @NotNull
    private LocalDate enrolmentDeadline;
    @NotNull
    @Enumerated(EnumType.STRING)
    private EditionStatus status;
    @Version
    private long version;

    protected Edition() {
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

    public EditionStatus getStatus() {
        return status;
    }
}
