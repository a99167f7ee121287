package nl.onderwijsloket.portal.people.importing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.onderwijsloket.portal.people.importing.ImportPlanner.Plan;
import nl.onderwijsloket.portal.people.importing.ImportPlanner.Snapshot;
import nl.onderwijsloket.portal.people.importing.data.EmployeeImportSql;
import nl.onderwijsloket.portal.people.importing.data.EmployeeWrite;
import nl.onderwijsloket.portal.security.CurrentUser;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports an HR officer's employee file into their own board: first a preview of what every row would do,
 * then a commit that saves all valid rows in one transaction. The board is always the signed-in HR
 * officer's ({@link CurrentUser#requireBoard()}); there is no board parameter to craft, so a row naming
 * another board's school or e-mail address is an error, never a write into that board.
 */
@Service
@Transactional(readOnly = true)
public class EmployeeImportService {

    /** Rows per batch statement; progress is reported after each. */
    static final int BATCH_SIZE = 500;

    private final EmployeeImportSql importSql;
    private final CurrentUser currentUser;
    private final Clock clock;

    EmployeeImportService(EmployeeImportSql importSql, CurrentUser currentUser, Clock clock) {
        this.importSql = importSql;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** What committing the file would do, row by row. Saves nothing. */
    @PreAuthorize("hasRole('HR')")
    public ImportPreview preview(EmployeeCsv file) {
        long board = currentUser.requireBoard();
        if (!file.errors().isEmpty()) {
            return new ImportPreview(file.errors(), List.of());
        }
        return ImportPlanner.plan(file, snapshot(board, file, false)).preview();
    }

    /**
     * Saves the file's valid rows – new employees and changes to existing ones – in one transaction, and
     * skips the rows with errors. The file is validated again inside the transaction with the board's
     * employees locked; if the outcome differs from the preview the user confirmed, nothing is saved.
     *
     * @param confirmed the preview the user saw and confirmed
     * @param progress  told after each batch; an exception it throws rolls the whole import back
     * @throws ImportOutdatedException when the data changed since the preview; nothing was saved
     */
    @PreAuthorize("hasRole('HR')")
    @Transactional
    public ImportResult commit(EmployeeCsv file, ImportPreview confirmed, ImportProgress progress) {
        long board = currentUser.requireBoard();
        if (!file.errors().isEmpty()) {
            throw new IllegalArgumentException("A file with file errors cannot be imported");
        }
        importSql.lockBoard(board);
        Plan plan = ImportPlanner.plan(file, snapshot(board, file, true));
        if (!plan.preview().equals(confirmed)) {
            throw new ImportOutdatedException("The employees of board " + board + " changed since the preview");
        }
        Instant now = clock.instant();
        int total = plan.inserts().size() + plan.updates().size();
        try {
            int done = write(plan.inserts(), rows -> importSql.insert(board, rows, now), 0, total, progress);
            write(plan.updates(), rows -> importSql.update(board, rows, now), done, total, progress);
            importSql.linkLineManagers(board, plan.inserts());
            importSql.linkLineManagers(board, plan.updates());
        } catch (DataIntegrityViolationException e) {
            // A unique key caught what the locks cannot hold off: another board took an e-mail address.
            throw new ImportOutdatedException("An imported value was taken meanwhile", e);
        }
        ImportPreview preview = plan.preview();
        return new ImportResult(preview.count(ImportAction.NEW), preview.count(ImportAction.UPDATE),
                preview.count(ImportAction.UNCHANGED), preview.count(ImportAction.ERROR));
    }

    private interface Batch {
        void write(List<EmployeeWrite> rows);
    }

    private static int write(List<EmployeeWrite> rows, Batch batch, int done, int total, ImportProgress progress) {
        for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
            List<EmployeeWrite> chunk = rows.subList(from, Math.min(from + BATCH_SIZE, rows.size()));
            batch.write(chunk);
            done += chunk.size();
            progress.saved(done, total);
        }
        return done;
    }

    private Snapshot snapshot(long board, EmployeeCsv file, boolean lock) {
        return new Snapshot(board, importSql.employees(board, lock),
                importSql.schools(board, ImportPlanner.schoolsNamed(file)),
                importSql.emailsOfOtherBoards(board, ImportPlanner.emails(file)));
    }
}
