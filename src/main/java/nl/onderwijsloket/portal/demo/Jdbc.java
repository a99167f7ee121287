package nl.onderwijsloket.portal.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/** The little plain JDBC the demo-data migration needs: ids and batched inserts. */
final class Jdbc {

    private final Connection connection;

    Jdbc(Connection connection) {
        this.connection = connection;
    }

    /**
     * The first free id of a table. The migration assigns ids itself, so that rows can refer to each other
     * without reading generated keys back from a batch; InnoDB moves AUTO_INCREMENT past them.
     */
    long nextId(String table) throws SQLException {
        try (var statement = connection.createStatement();
                var result = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** Inserts the rows in one batch; each row holds the values for the statement's parameters in order. */
    void insert(String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    if (row[i] == null) {
                        statement.setNull(i + 1, Types.NULL);
                    } else {
                        statement.setObject(i + 1, row[i]);
                    }
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
