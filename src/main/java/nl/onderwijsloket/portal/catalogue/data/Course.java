package nl.onderwijsloket.portal.catalogue.data;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import nl.onderwijsloket.portal.catalogue.CourseFormat;
import nl.onderwijsloket.portal.catalogue.CourseLevel;
import nl.onderwijsloket.portal.catalogue.Theme;
import nl.onderwijsloket.portal.people.JobFunction;
import nl.onderwijsloket.portal.people.Sector;

/** A course in the catalogue; it runs in one or more editions. */
@Entity
@Table(name = "course")
public class Course {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id")
    private Provider provider;
    @NotBlank
    private String code;
    @NotBlank
    @Size(max = 200)
    private String title;
    @NotBlank
    @Size(max = 500)
    private String summary;
    @NotBlank
    private String description;
    @NotNull
    @Enumerated(EnumType.STRING)
    private CourseFormat format;
    @NotNull
    @Enumerated(EnumType.STRING)
    private CourseLevel level;
    @Min(1)
    private int studyLoadHours;
    @Min(0)
    private int costCents;
    @NotBlank
    private String language;
    private boolean employerApprovalRequired;
    private boolean published;
    private String searchText;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "course_audience", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "job_function")
    @Enumerated(EnumType.STRING)
    private Set<JobFunction> audiences = EnumSet.noneOf(JobFunction.class);

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "course_sector", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "sector")
    @Enumerated(EnumType.STRING)
    private Set<Sector> sectors = EnumSet.noneOf(Sector.class);

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "course_theme", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "theme")
    @Enumerated(EnumType.STRING)
    private Set<Theme> themes = EnumSet.noneOf(Theme.class);

    protected Course() {
    }

    public Long getId() {
        return id;
    }

    public Provider getProvider() {
        return provider;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getDescription() {
        return description;
    }

    public CourseFormat getFormat() {
        return format;
    }

    public CourseLevel getLevel() {
        return level;
    }

    public int getStudyLoadHours() {
        return studyLoadHours;
    }

    public int getCostCents() {
        return costCents;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isEmployerApprovalRequired() {
        return employerApprovalRequired;
    }

    public boolean isPublished() {
        return published;
    }

    public Set<JobFunction> getAudiences() {
        return audiences;
    }

    public Set<Sector> getSectors() {
        return sectors;
    }

    public Set<Theme> getThemes() {
        return themes;
    }
}
