package nl.onderwijsloket.portal.people.data;

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
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import nl.onderwijsloket.portal.people.JobFunction;

/** A person employed by a board, optionally at one of its schools. */
@Entity
@Table(name = "employee")
public class Employee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "board_id")
    private Board board;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id")
    private School school;
    @NotBlank
    private String employeeNumber;
    @NotBlank
    private String firstName;
    private String namePrefix;
    @NotBlank
    private String lastName;
    @Email
    @NotBlank
    private String email;
    @NotNull
    @Enumerated(EnumType.STRING)
    private JobFunction jobFunction;
    @NotBlank
    private String preferredLocale;
    private LocalDate startedOn;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected Employee() {
    }

    public Long getId() {
        return id;
    }

    public Board getBoard() {
        return board;
    }

    public School getSchool() {
        return school;
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getNamePrefix() {
        return namePrefix;
    }

    public String getLastName() {
        return lastName;
    }

    public String getEmail() {
        return email;
    }

    public JobFunction getJobFunction() {
        return jobFunction;
    }

    public String getPreferredLocale() {
        return preferredLocale;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
