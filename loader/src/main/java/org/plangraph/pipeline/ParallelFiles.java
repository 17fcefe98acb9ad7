package org.plangraph.pipeline;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a job over files on all cores and hands the results back in the files' order, so output stays
 * deterministic file by file. At most a small window of results is held at a time: a corpus streams
 * through, it is never gathered.
 *
 * @param <T> what the job makes of one file
 */
public final class ParallelFiles<T> implements Iterator<ParallelFiles.Outcome<T>>, AutoCloseable {
    /** What one file gave: a result, or the failure that stopped it (never both). */
    public record Outcome<T>(Path file, T result, Exception failure) {
    }

    /** The work done on one file, in a worker thread; it must not share mutable state with other files. */
    @FunctionalInterface
    public interface Job<T> {
        T run(Path file) throws Exception;
    }

    private final Iterator<Path> files;
    private final Job<T> job;
    private final ExecutorService workers;
    private final ArrayDeque<Future<Outcome<T>>> pending = new ArrayDeque<>();
    private final int window;

    /** Runs JOB over FILES on THREADS threads (the machine's cores when 0 or less). */
    public ParallelFiles(List<Path> files, int threads, Job<T> job) {
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        this.files = files.iterator();
        this.job = job;
        // Two files per thread keeps every core busy while the caller writes the oldest result.
        this.window = 2 * n;
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "plangraph-file-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        fill();
    }

    private void fill() {
        while (pending.size() < window && files.hasNext()) {
            Path file = files.next();
            pending.add(workers.submit(() -> {
                try {
                    return new Outcome<>(file, job.run(file), null);
                } catch (Exception e) {
                    return new Outcome<>(file, null, e);
                }
            }));
        }
    }

    @Override
    public boolean hasNext() {
        return !pending.isEmpty();
    }

    @Override
    public Outcome<T> next() {
        if (pending.isEmpty()) {
            throw new NoSuchElementException();
        }
        Future<Outcome<T>> head = pending.poll();
        try {
            return head.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a file", e);
        } catch (ExecutionException e) {
            // An Error (out of memory, stack overflow) in a worker: let it stop the run as it would in one thread.
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            fill();
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
