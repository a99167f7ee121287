package nl.onderwijsloket.portal.induction.matching;

import java.util.Arrays;

/**
 * The Hungarian algorithm (Kuhn-Munkres) for a rectangular cost matrix with at most as many rows as columns:
 * assigns every row a distinct column with the least total cost, in O(rows² · columns).
 *
 * <p>This is the shortest-augmenting-path form with dual potentials {@code u} (rows) and {@code v} (columns):
 * rows are added one at a time, and each is connected to a free column by a Dijkstra-like search over reduced
 * costs {@code cost - u - v}, which stay non-negative on every edge and zero on the matched ones. Costs may be
 * negative; they must stay far enough from {@code Long.MIN_VALUE/4} not to overflow.
 */
final class Hungarian {

    private static final long INFINITE = Long.MAX_VALUE / 4;

    private Hungarian() {
    }

    /**
     * For each row, the column assigned to it in an assignment of least total cost.
     *
     * @param cost    the costs, row by row: {@code cost[row * columns + column]}
     * @param rows    the number of rows, at most {@code columns}
     * @param columns the number of columns
     */
    static int[] minimumCostAssignment(long[] cost, int rows, int columns) {
        if (rows > columns) {
            throw new IllegalArgumentException(rows + " rows, more than the " + columns + " columns");
        }
        if (cost.length != rows * columns) {
            throw new IllegalArgumentException("cost has " + cost.length + " cells, not " + rows + " x " + columns);
        }
        // Index 0 of the column arrays is a virtual column that holds the row being added.
        long[] u = new long[rows + 1];
        long[] v = new long[columns + 1];
        int[] rowOf = new int[columns + 1]; // 1-based row matched to each column, 0 for none
        int[] previous = new int[columns + 1]; // the column before this one on the shortest path
        long[] slack = new long[columns + 1];
        boolean[] reached = new boolean[columns + 1];
        for (int row = 1; row <= rows; row++) {
            rowOf[0] = row;
            int column = 0;
            Arrays.fill(slack, INFINITE);
            Arrays.fill(reached, false);
            do {
                reached[column] = true;
                int from = rowOf[column];
                int offset = (from - 1) * columns - 1;
                long uFrom = u[from];
                long delta = INFINITE;
                int next = -1;
                for (int j = 1; j <= columns; j++) {
                    if (!reached[j]) {
                        long reduced = cost[offset + j] - uFrom - v[j];
                        if (reduced < slack[j]) {
                            slack[j] = reduced;
                            previous[j] = column;
                        }
                        if (slack[j] < delta) {
                            delta = slack[j];
                            next = j;
                        }
                    }
                }
                for (int j = 0; j <= columns; j++) {
                    if (reached[j]) {
                        u[rowOf[j]] += delta;
                        v[j] -= delta;
                    } else {
                        slack[j] -= delta;
                    }
                }
                column = next;
            } while (rowOf[column] != 0);
            // Flip the matching along the path back to the virtual column.
            do {
                int before = previous[column];
                rowOf[column] = rowOf[before];
                column = before;
            } while (column != 0);
        }
        int[] assignment = new int[rows];
        for (int j = 1; j <= columns; j++) {
            if (rowOf[j] != 0) {
                assignment[rowOf[j] - 1] = j - 1;
            }
        }
        return assignment;
    }
}
