package nl.onderwijsloket.portal.catalogue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.onderwijsloket.portal.catalogue.data.CatalogueSearchSql;
import nl.onderwijsloket.portal.catalogue.data.Course;
import nl.onderwijsloket.portal.catalogue.data.CourseReadSql;
import nl.onderwijsloket.portal.catalogue.data.CourseRepository;
import nl.onderwijsloket.portal.catalogue.data.ProviderRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public catalogue: search, course pages and pathways. Open to anonymous visitors. */
@Service
@Transactional(readOnly = true)
public class CatalogueService {

    public static final int COUNT_LIMIT = CatalogueSearchSql.COUNT_LIMIT;

    private final CatalogueSearchSql searchSql;
    private final CourseReadSql readSql;
    private final CourseRepository courses;
    private final ProviderRepository providers;
    private final Clock clock;

    CatalogueService(CatalogueSearchSql searchSql, CourseReadSql readSql, CourseRepository courses,
                     ProviderRepository providers, Clock clock) {
        this.searchSql = searchSql;
        this.readSql = readSql;
        this.courses = courses;
        this.providers = providers;
        this.clock = clock;
    }

    /** A later page of a search ("Toon meer"): at most 100 cards from {@code offset} on. */
    @PreAuthorize("permitAll()")
    public List<CourseCard> search(CatalogueFilter filter, int offset, int limit) {
        return searchSql.page(filter, today(), Math.max(0, offset), pageSize(limit));
    }

    /**
     * A new search: its first page (at most 100 cards) and its number of matches, exact up to
     * {@link #COUNT_LIMIT}; a larger result is {@code COUNT_LIMIT + 1} ("more than").
     */
    @PreAuthorize("permitAll()")
    public CatalogueResults start(CatalogueFilter filter, int limit) {
        return searchSql.first(filter, today(), pageSize(limit));
    }

    private static int pageSize(int limit) {
        return Math.clamp(limit, 1, 100);
    }

    @PreAuthorize("permitAll()")
    public List<ProviderOption> providers() {
        return providers.findOptions();
    }

    @PreAuthorize("permitAll()")
    public Optional<CourseDetails> course(long id) {
        return courses.findByIdAndPublishedTrue(id).map(this::details);
    }

    @PreAuthorize("permitAll()")
    public List<PathwaySummary> pathways() {
        return readSql.pathways();
    }

    @PreAuthorize("permitAll()")
    public Optional<PathwayDetails> pathway(String code) {
        return readSql.pathway(code, today());
    }

    private CourseDetails details(Course course) {
        var provider = course.getProvider();
        return new CourseDetails(course.getId(), course.getCode(), course.getTitle(), course.getSummary(),
                course.getDescription(), provider.getId(), provider.getName(), provider.getWebsite(),
                course.getFormat(), course.getLevel(), course.getStudyLoadHours(), course.getCostCents(),
                course.getLanguage(), course.isEmployerApprovalRequired(),
                copy(course.getAudiences()), copy(course.getSectors()), copy(course.getThemes()),
                readSql.editions(course.getId(), today()),
                readSql.pathwaysWithCourse(course.getId()));
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> values) {
        return values.isEmpty() ? Set.of() : EnumSet.copyOf(values);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
