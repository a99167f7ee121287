package nl.onderwijsloket.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs calls in threads of their own, released together, as two nodes or two users at the same moment. */
public final class AtOnce {

    private AtOnce() {
    }

    /** Each call's result, in the order given; a call's failure is thrown. */
    @SafeVarargs
    public static <T> List<T> run(Callable<T>... calls) throws Exception {
        var go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(calls.length);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(threads.submit(() -> {
                    go.await();
                    return call.call();
                }));
            }
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(2, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
