package io.crimelake.lake.application.service;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs a commit's file transfers a few at a time: each one waits on a sync to disk or an S3 round trip, so a
 * full-history commit of hundreds of files would otherwise spend its time waiting in a row.
 */
final class ParallelTransfers {
    private static final int AT_ONCE = 4;

    private ParallelTransfers() {}

    /** Applies {@code transfer} to every item and returns the results in order; the first failure is rethrown. */
    static <T, R> List<R> each(List<T> items, Function<T, R> transfer) {
        if (items.size() < 2) {
            return items.stream().map(transfer).toList();
        }
        List<Future<R>> running = new ArrayList<>();
        try (ExecutorService transfers = Executors.newFixedThreadPool(Math.min(AT_ONCE, items.size()))) {
            for (T item : items) {
                running.add(transfers.submit(() -> transfer.apply(item)));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> result : running) {
                results.add(result.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while transferring lake files", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
