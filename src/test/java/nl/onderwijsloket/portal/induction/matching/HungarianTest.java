package nl.onderwijsloket.portal.induction.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class HungarianTest {

    /** The least total cost over every injective assignment of rows to columns. */
    private static long bruteForce(long[] cost, int rows, int columns, int row, boolean[] used) {
        if (row == rows) {
            return 0;
        }
        long best = Long.MAX_VALUE;
        for (int j = 0; j < columns; j++) {
            if (!used[j]) {
                used[j] = true;
                best = Math.min(best, cost[row * columns + j] + bruteForce(cost, rows, columns, row + 1, used));
                used[j] = false;
            }
        }
        return best;
    }

    @Test
    void findsTheLeastCostOnRandomRectangularMatrices() {
        var random = new Random(42);
        for (int round = 0; round < 2000; round++) {
            int rows = random.nextInt(6);
            int columns = rows + random.nextInt(4);
            long[] cost = new long[rows * columns];
            int range = random.nextBoolean() ? 5 : 1000;
            for (int k = 0; k < cost.length; k++) {
                cost[k] = random.nextInt(range) - (random.nextBoolean() ? range / 2 : 0);
            }
            int[] assignment = Hungarian.minimumCostAssignment(cost, rows, columns);
            assertThat(assignment).hasSize(rows).doesNotHaveDuplicates();
            long total = 0;
            for (int r = 0; r < rows; r++) {
                assertThat(assignment[r]).isBetween(0, columns - 1);
                total += cost[r * columns + assignment[r]];
            }
            assertThat(total).as("round " + round)
                    .isEqualTo(rows == 0 ? 0 : bruteForce(cost, rows, columns, 0, new boolean[columns]));
        }
    }

    @Test
    void solvesTheTextbookCase() {
        long[] cost = {
                4, 1, 3,
                2, 0, 5,
                3, 2, 2};
        assertThat(Hungarian.minimumCostAssignment(cost, 3, 3)).containsExactly(1, 0, 2);
    }

    @Test
    void refusesMoreRowsThanColumns() {
        assertThatThrownBy(() -> Hungarian.minimumCostAssignment(new long[6], 3, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Hungarian.minimumCostAssignment(new long[5], 2, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
