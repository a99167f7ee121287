package nl.onderwijsloket.portal.people.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.dom.Style;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.onderwijsloket.portal.people.importing.EmployeeCsv;
import nl.onderwijsloket.portal.people.importing.EmployeeCsvParser;
import nl.onderwijsloket.portal.people.importing.EmployeeImportService;
import nl.onderwijsloket.portal.people.importing.ImportAction;
import nl.onderwijsloket.portal.people.importing.ImportOutdatedException;
import nl.onderwijsloket.portal.people.importing.ImportPreview;
import nl.onderwijsloket.portal.people.importing.ImportResult;
import nl.onderwijsloket.portal.people.importing.ImportRow;
import nl.onderwijsloket.portal.security.Role;
import nl.onderwijsloket.portal.ui.BackgroundJob;
import nl.onderwijsloket.portal.ui.PageTitles;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HR imports their board's employees from a CSV file: upload, a preview with what happens to each row and
 * why a row cannot be imported, then a commit of all valid rows at once. The commit runs as a
 * {@link BackgroundJob}, so that a progress bar can move (see DD010).
 */
@Route("medewerkers/import")
@RolesAllowed(Role.HR_ROLE)
class EmployeeImportView extends VerticalLayout implements HasDynamicTitle {

    static final String EXAMPLE_FILE = "voorbeeld-medewerkers.csv";

    private static final Logger log = LoggerFactory.getLogger(EmployeeImportView.class);

    private final EmployeeImportService imports;
    private final Upload upload = new Upload();
    private final Span fileName = new Span();
    private final Div fileErrors = new Div();
    private final Span summary = new Span();
    private final Checkbox onlyErrors = new Checkbox();
    private final Grid<ImportRow> grid = new Grid<>();
    private final Button commit = new Button();
    private final Button otherFile = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final VerticalLayout progressBox = new VerticalLayout(progressText, progress);
    private final Div result = new Div();
    private final Div previewPanel = new Div();

    private @Nullable EmployeeCsv file;
    private @Nullable ImportPreview preview;
    private @Nullable BackgroundJob<ImportResult> running;

    EmployeeImportView(EmployeeImportService imports) {
        this.imports = imports;
        addClassName("employee-import-view");

        var back = new RouterLink(getTranslation("import.back"), EmployeesView.class);
        back.setId("import-back");
        var heading = new H1(getTranslation("import.heading"));
        heading.setId("import-heading");
        var intro = new Paragraph(getTranslation("import.intro"));
        intro.addClassName("lead");
        var format = new Paragraph(getTranslation("import.format", EmployeeCsvParser.MAX_ROWS));
        var example = new Anchor(DownloadHandler.forClassResource(EmployeeImportView.class, EXAMPLE_FILE, EXAMPLE_FILE),
                AttachmentType.DOWNLOAD, getTranslation("import.example"));
        example.setId("import-example");

        configureUpload();
        configurePreview();

        result.setId("import-result");
        result.getElement().setAttribute("role", "status");
        result.setVisible(false);

        add(back, heading, intro, format, example, upload, result, previewPanel);
        setMaxWidth("72rem");
    }

    private void configureUpload() {
        upload.setId("import-upload");
        upload.setUploadHandler(new LimitedInMemoryUploadHandler(this::received));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(EmployeeCsvParser.MAX_BYTES);
        upload.setDropAllowed(true);
        upload.setWidthFull();
        upload.setI18n(uploadTexts());
        upload.addFileRejectedListener(e -> error(e.getErrorMessage()));
        upload.addFailedListener(e -> error(getTranslation("import.upload.failed")));
    }

    private void configurePreview() {
        fileName.setId("import-file-name");
        fileName.addClassName("import-file-name");
        fileErrors.setId("import-file-errors");
        fileErrors.getElement().setAttribute("role", "alert");
        fileErrors.getStyle().setColor("var(--lumo-error-text-color)");
        summary.setId("import-summary");
        summary.getElement().setAttribute("role", "status");
        summary.getStyle().setFontWeight("600");

        onlyErrors.setId("import-only-errors");
        onlyErrors.setLabel(getTranslation("import.only-errors"));
        onlyErrors.addValueChangeListener(e -> applyFilter());

        grid.setId("import-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.getElement().setAttribute("aria-label", getTranslation("import.grid"));
        grid.setEmptyStateText(getTranslation("import.empty"));
        grid.addColumn(ImportRow::line).setKey("line").setHeader(getTranslation("import.header.line"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ImportRow::fullName).setKey("name").setHeader(getTranslation("import.header.name"))
                .setFlexGrow(2);
        grid.addColumn(ImportRow::email).setKey("email").setHeader(getTranslation("import.column.email"))
                .setTooltipGenerator(ImportRow::email).setFlexGrow(2);
        grid.addColumn(row -> ImportTexts.school(this, row)).setKey("school")
                .setHeader(getTranslation("import.column.school")).setFlexGrow(2);
        grid.addColumn(row -> ImportTexts.function(this, row)).setKey("function")
                .setHeader(getTranslation("import.column.function"));
        grid.addColumn(new ComponentRenderer<>(this::badge)).setKey("action")
                .setHeader(getTranslation("import.header.action")).setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(LitRenderer.<ImportRow>of(
                        "<div style=\"white-space: pre-line; overflow-wrap: anywhere; color: ${item.color}\">${item.details}</div>")
                        .withProperty("details", row -> String.join("\n", ImportTexts.details(this, row)))
                        .withProperty("color", row -> row.action() == ImportAction.ERROR
                                ? "var(--lumo-error-text-color)" : "inherit"))
                .setKey("details").setHeader(getTranslation("import.header.details")).setFlexGrow(3);
        grid.setMinHeight("24rem");

        commit.setId("import-commit");
        commit.setText(getTranslation("import.commit"));
        commit.setIcon(VaadinIcon.UPLOAD.create());
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.setDisableOnClick(true);
        commit.addClickListener(e -> startCommit());
        otherFile.setId("import-other-file");
        otherFile.setText(getTranslation("import.other-file"));
        otherFile.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        otherFile.addClickListener(e -> reset());

        progress.setId("import-progress");
        progressText.setId("import-progress-text");
        progressText.getElement().setAttribute("aria-live", "polite");
        progressBox.setPadding(false);
        progressBox.setSpacing(false);
        progressBox.setVisible(false);
        progressBox.setId("import-progress-box");

        var actions = new HorizontalLayout(commit, otherFile);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        var head = new HorizontalLayout(summary, onlyErrors);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.getStyle().setFlexWrap(Style.FlexWrap.WRAP);

        var box = new VerticalLayout(fileName, fileErrors, head, grid, actions, progressBox);
        box.setPadding(false);
        box.setWidthFull();
        previewPanel.add(box);
        previewPanel.setWidthFull();
        previewPanel.setVisible(false);
    }

    /** Called with the uploaded file, inside the UI's lock. */
    private void received(UploadMetadata metadata, byte[] content) {
        upload.clearFileList();
        file = EmployeeCsvParser.parse(content);
        fileName.setText(getTranslation("import.file-name", metadata.fileName()));
        result.setVisible(false);
        show(imports.preview(file));
    }

    private void show(ImportPreview shown) {
        preview = shown;
        previewPanel.setVisible(true);
        fileErrors.removeAll();
        shown.fileErrors().forEach(error -> fileErrors.add(new Paragraph(ImportTexts.message(this, error))));
        boolean readable = shown.fileErrors().isEmpty();
        summary.setVisible(readable);
        onlyErrors.setVisible(readable);
        grid.setVisible(readable);
        summary.setText(getTranslation("import.summary", shown.count(ImportAction.NEW), shown.count(ImportAction.UPDATE),
                shown.count(ImportAction.UNCHANGED), shown.count(ImportAction.ERROR)));
        grid.setItems(shown.rows());
        applyFilter();
        commit.setVisible(readable);
        commit.setEnabled(shown.canCommit());
        otherFile.setEnabled(true);
        upload.setVisible(false);
    }

    private void applyFilter() {
        if (onlyErrors.getValue()) {
            grid.getListDataView().setFilter(row -> row.action() == ImportAction.ERROR);
        } else {
            grid.getListDataView().removeFilters();
        }
    }

    private void reset() {
        file = null;
        preview = null;
        previewPanel.setVisible(false);
        onlyErrors.setValue(false);
        grid.setItems(List.of());
        upload.clearFileList();
        upload.setVisible(true);
    }

    /**
     * Saves the previewed file as a background job under the user's security context, with the progress
     * bar moving as the batches are saved.
     */
    private void startCommit() {
        EmployeeCsv committing = file;
        ImportPreview confirmed = preview;
        if (committing == null || confirmed == null || (running != null && running.running())) {
            return;
        }
        otherFile.setEnabled(false);
        progressText.setText(getTranslation("import.saving", 0, confirmed.count(ImportAction.NEW)
                + confirmed.count(ImportAction.UPDATE)));
        progressBox.setVisible(true);
        running = BackgroundJob.<ImportResult>of(this,
                        progress -> imports.commit(committing, confirmed, progress::report))
                .progressOn(progress)
                .onProgress((saved, total) -> progressText.setText(getTranslation("import.saving", saved, total)))
                .onSuccess(this::finished)
                .on(ImportOutdatedException.class, this::outdated)
                .onFailure(failure -> failed())
                .start();
    }

    private void finished(ImportResult done) {
        progressBox.setVisible(false);
        String text = getTranslation("import.done", done.created(), done.updated(), done.unchanged(), done.skipped());
        result.removeAll();
        result.add(new Paragraph(text), new RouterLink(getTranslation("import.back"), EmployeesView.class));
        result.setVisible(true);
        reset();
        Notification.show(text, 8000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** The board's employees changed since the preview: nothing was saved; show the preview as it is now. */
    private void outdated(ImportOutdatedException e) {
        log.info("Import not saved: {}", e.getMessage());
        progressBox.setVisible(false);
        EmployeeCsv current = file;
        if (current != null) {
            show(imports.preview(current));
        }
        error(getTranslation("import.outdated"));
    }

    /** Nothing was saved, and the user has been told why; the same file can be tried again. */
    private void failed() {
        progressBox.setVisible(false);
        commit.setEnabled(preview != null && preview.canCommit());
        otherFile.setEnabled(true);
    }

    private static void error(String text) {
        Notification.show(text, 10000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private Component badge(ImportRow row) {
        var badge = new Badge(getTranslation(row.action().labelKey()));
        badge.addThemeVariants(switch (row.action()) {
            case NEW -> BadgeVariant.SUCCESS;
            case UPDATE -> BadgeVariant.WARNING;
            case UNCHANGED -> BadgeVariant.CONTRAST;
            case ERROR -> BadgeVariant.ERROR;
        });
        badge.addClassName("import-action");
        return badge;
    }

    private UploadI18N uploadTexts() {
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.upload.add"))
                .setMany(getTranslation("import.upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.upload.drop"))
                .setMany(getTranslation("import.upload.drop")));
        int megabytes = EmployeeCsvParser.MAX_BYTES / (1024 * 1024);
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("import.upload.too-big", megabytes))
                .setIncorrectFileType(getTranslation("import.upload.wrong-type"))
                .setTooManyFiles(getTranslation("import.upload.too-many")));
        i18n.setFile(new UploadI18N.File().setRetry(getTranslation("import.upload.retry"))
                .setStart(getTranslation("import.upload.start")).setRemove(getTranslation("import.upload.remove")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(getTranslation("import.upload.connecting"))
                        .setStalled(getTranslation("import.upload.stalled"))
                        .setProcessing(getTranslation("import.upload.processing"))
                        .setHeld(getTranslation("import.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation("import.upload.remaining"))
                        .setUnknown(getTranslation("import.upload.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(getTranslation("import.upload.server-unavailable"))
                        .setUnexpectedServerError(getTranslation("import.upload.unexpected"))
                        .setForbidden(getTranslation("import.upload.forbidden"))
                        .setFileTooLarge(getTranslation("import.upload.too-big", megabytes))));
        return i18n;
    }

    /** The last commit started, for tests that wait for it to finish; null before the first. */
    @Nullable BackgroundJob<ImportResult> runningImport() {
        return running;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, "import.title");
    }

    /** Keeps the file in memory, refusing one larger than the parser accepts even if the browser did not. */
    private static final class LimitedInMemoryUploadHandler extends InMemoryUploadHandler {

        LimitedInMemoryUploadHandler(InMemoryUploadCallback callback) {
            super(callback);
        }

        @Override
        public long getFileSizeMax() {
            return EmployeeCsvParser.MAX_BYTES;
        }

        @Override
        public long getRequestSizeMax() {
            // The file plus the multipart envelope around it.
            return EmployeeCsvParser.MAX_BYTES + 64 * 1024;
        }
    }
}
