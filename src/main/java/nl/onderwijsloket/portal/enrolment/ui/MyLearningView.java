package nl.onderwijsloket.portal.enrolment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import nl.onderwijsloket.portal.enrolment.EnrolmentService;
import nl.onderwijsloket.portal.enrolment.EnrolmentStatus;
import nl.onderwijsloket.portal.enrolment.MyLearning;
import nl.onderwijsloket.portal.enrolment.MyLearningService;
import nl.onderwijsloket.portal.security.Role;
import nl.onderwijsloket.portal.ui.Formats;
import nl.onderwijsloket.portal.ui.Links;
import nl.onderwijsloket.portal.ui.PageTitles;
import nl.onderwijsloket.portal.ui.ServiceFeedback;

/**
 * "Mijn leren": the signed-in employee's enrolments (with what she can do about them), her upcoming
 * meetings, her progress through pathways and her professional-development record with hours per year,
 * a CSV export and a PDF certificate per completed course.
 */
@Route("mijn-leren")
@RolesAllowed(Role.EMPLOYEE_ROLE)
class MyLearningView extends VerticalLayout implements HasDynamicTitle {

    private static final int UPCOMING = 10;

    private final MyLearningService learning;
    private final EnrolmentService enrolments;

    MyLearningView(MyLearningService learning, EnrolmentService enrolments) {
        this.learning = learning;
        this.enrolments = enrolments;
        addClassName("my-learning-view");
        show();
    }

    private void show() {
        removeAll();
        var heading = new H1(getTranslation("learning.heading"));
        heading.setId("learning-heading");
        var intro = new Paragraph(getTranslation("learning.intro"));
        intro.addClassName("lead");
        add(heading, intro, enrolmentsSection(), meetingsSection(), pathwaysSection(), recordSection());
    }

    private Component enrolmentsSection() {
        var section = section("learning-enrolments", "learning.enrolments");
        var grid = new Grid<MyLearning.Enrolment>();
        grid.setId("learning-enrolment-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.getElement().setAttribute("aria-label", getTranslation("learning.enrolments"));
        grid.setAllRowsVisible(true);
        grid.setPageSize(50);
        grid.setEmptyStateText(getTranslation("learning.enrolments.empty"));
        grid.addComponentColumn(e -> courseLink(e.courseId(), e.courseTitle())).setKey("course")
                .setHeader(getTranslation("learning.column.course")).setFlexGrow(3);
        grid.addColumn(e -> Formats.shortPeriod(this, e.startDate(), e.endDate())).setKey("period")
                .setHeader(getTranslation("learning.column.period")).setFlexGrow(2);
        grid.addColumn(e -> place(e.online(), e.locationName(), e.locationTown())).setKey("place")
                .setHeader(getTranslation("learning.column.place")).setFlexGrow(2);
        grid.addColumn(this::status).setKey("status")
                .setHeader(getTranslation("learning.column.status")).setFlexGrow(2);
        grid.addComponentColumn(this::actions).setKey("actions")
                .setHeader(getTranslation("learning.column.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> learning.enrolments(query.getOffset(), query.getLimit()).stream(),
                query -> learning.countEnrolments());
        section.add(grid);
        return section;
    }

    private String status(MyLearning.Enrolment enrolment) {
        String status = StatusLabels.status(this, enrolment.status(), enrolment.waitlistPosition(),
                enrolment.offerExpiresAt());
        return enrolment.reason() == null || enrolment.status() != EnrolmentStatus.CANCELLED ? status
                : status + " – " + StatusLabels.reason(this, enrolment.reason());
    }

    private Component actions(MyLearning.Enrolment enrolment) {
        var bar = new HorizontalLayout();
        bar.setSpacing(false);
        bar.getStyle().set("gap", "var(--lumo-space-xs)");
        bar.setWrap(true);
        if (enrolment.status() == EnrolmentStatus.OFFERED) {
            var accept = new Button(getTranslation("enrol.accept"), e -> run(() -> {
                enrolments.acceptOffer(enrolment.id());
                Notification.show(getTranslation("enrol.accepted")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }));
            accept.addClassName("accept-offer");
            accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            var decline = new Button(getTranslation("enrol.decline-offer"),
                    e -> run(() -> enrolments.declineOffer(enrolment.id())));
            decline.addClassName("decline-offer");
            decline.addThemeVariants(ButtonVariant.LUMO_SMALL);
            bar.add(accept, decline);
        }
        if (enrolment.status().active()) {
            var cancel = new Button(getTranslation("enrol.cancel"), e -> run(() -> {
                enrolments.cancel(enrolment.id(), null);
                Notification.show(getTranslation("enrol.cancelled"));
            }));
            cancel.addClassName("cancel-enrolment");
            cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            bar.add(cancel);
        }
        return bar;
    }

    private Component meetingsSection() {
        var section = section("learning-meetings", "learning.meetings");
        List<MyLearning.Meeting> meetings = learning.upcomingMeetings(UPCOMING);
        if (meetings.isEmpty()) {
            section.add(new Paragraph(getTranslation("learning.meetings.empty")));
            return section;
        }
        var grid = new Grid<MyLearning.Meeting>();
        grid.setId("learning-meeting-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.getElement().setAttribute("aria-label", getTranslation("learning.meetings"));
        grid.setAllRowsVisible(true);
        grid.addColumn(m -> Formats.dayAndDate(m.startsAt().toLocalDate())).setKey("date")
                .setHeader(getTranslation("learning.column.date")).setFlexGrow(2);
        grid.addColumn(m -> Formats.timeRange(m.startsAt(), m.endsAt())).setKey("time")
                .setHeader(getTranslation("learning.column.time")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(m -> {
            var course = new Div(courseLink(m.courseId(), m.courseTitle()));
            if (m.topic() != null) {
                var topic = new Span(m.topic());
                topic.addClassName("meeting-topic");
                course.add(new Div(topic));
            }
            return course;
        }).setKey("course").setHeader(getTranslation("learning.column.course")).setFlexGrow(3);
        grid.addColumn(m -> place(m.online(), m.locationName(), m.locationTown())).setKey("place")
                .setHeader(getTranslation("learning.column.place")).setFlexGrow(2);
        grid.setItems(meetings);
        section.add(grid);
        return section;
    }

    private Component pathwaysSection() {
        var section = section("learning-pathways", "learning.pathways");
        List<MyLearning.PathwayProgress> pathways = learning.pathways();
        if (pathways.isEmpty()) {
            section.add(new Paragraph(getTranslation("learning.pathways.empty")));
            return section;
        }
        var list = new UnorderedList();
        list.addClassName("pathway-progress-list");
        for (MyLearning.PathwayProgress pathway : pathways) {
            var item = new ListItem();
            item.addClassName("pathway-progress");
            item.add(new H3(Links.pathway(pathway.code()).anchor(pathway.title())));
            var bar = new ProgressBar(0, Math.max(1, pathway.courseSteps()), pathway.completedSteps());
            bar.getElement().setAttribute("aria-label",
                    getTranslation("learning.pathway.steps", pathway.completedSteps(), pathway.courseSteps()));
            var steps = new Span(getTranslation("learning.pathway.steps", pathway.completedSteps(),
                    pathway.courseSteps()));
            steps.addClassName("pathway-steps-done");
            item.add(bar, steps);
            var next = pathway.next() == null ? new Paragraph(getTranslation("learning.pathway.all-done"))
                    : new Paragraph(new Span(getTranslation("learning.pathway.next") + " "),
                            courseLink(pathway.next().courseId(), pathway.next().title()),
                            new Span(pathway.next().enrolled() ? " (" + getTranslation("enrolment-status.enrolled") + ")"
                                    : ""));
            next.addClassName("pathway-next");
            item.add(next);
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Component recordSection() {
        var section = section("learning-record", "learning.record");
        List<MyLearning.YearTotal> years = learning.hoursPerYear();
        if (years.isEmpty()) {
            section.add(new Paragraph(getTranslation("learning.record.empty")));
            return section;
        }
        var totals = new UnorderedList();
        totals.setId("learning-year-totals");
        totals.addClassName("year-totals");
        years.forEach(year -> {
            var item = new ListItem(getTranslation("learning.record.year", year.year(), year.hours(), year.courses()));
            item.addClassName("year-total");
            totals.add(item);
        });

        var csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            Locale locale = event.getUI().getLocale();
            byte[] bytes = learning.recordCsv(locale).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes),
                    event.getUI().getTranslation("learning.csv.filename"), "text/csv;charset=UTF-8", bytes.length);
        }), AttachmentType.DOWNLOAD, "");
        csv.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation("learning.export-csv")));
        csv.setId("learning-export-csv");
        csv.addClassName("download-link");

        var grid = new Grid<MyLearning.CompletedCourse>();
        grid.setId("learning-record-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.getElement().setAttribute("aria-label", getTranslation("learning.record"));
        grid.setAllRowsVisible(true);
        grid.setPageSize(50);
        grid.addComponentColumn(c -> courseLink(c.courseId(), c.courseTitle())).setKey("course")
                .setHeader(getTranslation("learning.column.course")).setFlexGrow(3);
        grid.addColumn(MyLearning.CompletedCourse::providerName).setKey("provider")
                .setHeader(getTranslation("learning.column.provider")).setFlexGrow(2);
        grid.addColumn(c -> Formats.shortDate(c.completedOn())).setKey("completed")
                .setHeader(getTranslation("learning.column.completed-on")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> getTranslation("course.hours", c.hours())).setKey("hours")
                .setHeader(getTranslation("learning.column.hours")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::certificate).setKey("certificate")
                .setHeader(getTranslation("learning.column.certificate")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> learning.completed(query.getOffset(), query.getLimit()).stream(),
                query -> learning.countCompleted());
        section.add(totals, csv, grid);
        return section;
    }

    private Anchor certificate(MyLearning.CompletedCourse course) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = learning.certificate(course.enrolmentId(), event.getUI().getLocale());
            return new DownloadResponse(new ByteArrayInputStream(pdf),
                    event.getUI().getTranslation("learning.certificate.filename", slug(course.courseTitle())),
                    "application/pdf", pdf.length);
        }), AttachmentType.DOWNLOAD, "");
        link.add(VaadinIcon.DIPLOMA.create(), new Span(getTranslation("learning.certificate")));
        link.getElement().setAttribute("aria-label", getTranslation("learning.certificate.for", course.courseTitle()));
        link.addClassName("certificate-link");
        link.addClassName("download-link");
        return link;
    }

    /** A file-name friendly version of a course title: lower case letters and digits joined by dashes. */
    static String slug(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return plain.length() > 60 ? plain.substring(0, 60).replaceAll("-$", "") : plain;
    }

    private Section section(String id, String titleKey) {
        var section = new Section(new H2(getTranslation(titleKey)));
        section.setId(id);
        section.addClassName("learning-section");
        section.setWidthFull();
        return section;
    }

    private Anchor courseLink(long courseId, String title) {
        var link = Links.course(courseId).anchor(title);
        link.addClassName("course-link");
        return link;
    }

    private String place(boolean online, String name, String town) {
        if (online) {
            return getTranslation("edition.online");
        }
        return name == null ? "" : town == null ? name : name + ", " + town;
    }

    /** Runs a service call; a rule that says no is shown in the user's language. The page is redrawn. */
    private void run(Runnable action) {
        ServiceFeedback.runThenRefresh(this, action, this::show);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "learning.title");
    }
}
