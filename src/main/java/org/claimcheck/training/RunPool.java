package org.claimcheck.training;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The worker threads that train runs, one per core by default ({@code -Dclaimcheck.workers=N}).
 * A run is trained start to finish on one worker with its own network: ND4J's random generator
 * and workspaces are per thread, and a run seeds everything it draws, so a run's numbers do not
 * depend on the worker, on the worker count or on what trains beside it. Timing claims train on
 * their own thread while the pool is idle ({@link #idle}).
 */
public final class RunPool {
    public static final String PROPERTY = "claimcheck.workers";
    private static final String THREAD_PREFIX = "claimcheck-run-";
    /** Tasks submitted and not finished, queued ones included. */
    private static final AtomicInteger BUSY = new AtomicInteger();
    private static final AtomicInteger DONE = new AtomicInteger();
    /** When the last progress line was printed: at most one each {@value #PROGRESS_SECONDS} s, and only while runs wait. */
    private static final AtomicLong LAST_PROGRESS = new AtomicLong(System.nanoTime());
    private static final long PROGRESS_SECONDS = 30;
    private static final ThreadLocal<Boolean> WORKER = ThreadLocal.withInitial(() -> false);
    private static ExecutorService pool;
    /** More workers than this per core only queue runs and hold their memory. */
    static final int MAX_PER_CORE = 8;

    private RunPool() {
    }

    /** The worker count: {@value #PROPERTY}, else this machine's core count. */
    public static int workers() {
        String text = System.getProperty(PROPERTY, "").strip();
        if (text.isEmpty()) {
            return Runtime.getRuntime().availableProcessors();
        }
        int cores = Runtime.getRuntime().availableProcessors();
        try {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= MAX_PER_CORE * cores) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("-D" + PROPERTY + "=" + text + ": the number of runs trained at once must be a whole number"
                + " from 1 to " + MAX_PER_CORE * cores + " (" + MAX_PER_CORE + " per core; each one holds a network, and more only queue;"
                + " default: the core count, " + cores + " here)");
    }

    /** Runs {@code task} on a worker; on a worker already, runs it right here (no nested waiting). */
    public static <T> CompletableFuture<T> submit(Supplier<T> task) {
        if (WORKER.get()) {
            return CompletableFuture.completedFuture(task.get());
        }
        ExecutorService workers = pool();
        BUSY.incrementAndGet();
        try {
            return CompletableFuture.supplyAsync(() -> {
                try {
                    return task.get();
                } finally {
                    BUSY.decrementAndGet();
                    DONE.incrementAndGet();
                    progress();
                }
            }, workers);
        } catch (RuntimeException e) {
            BUSY.decrementAndGet();
            throw e;
        }
    }

    /** A console line for long stretches of training (recording many seeds): runs trained so far, runs still to train. */
    private static void progress() {
        long now = System.nanoTime();
        long last = LAST_PROGRESS.get();
        if (BUSY.get() > 0 && now - last > PROGRESS_SECONDS * 1_000_000_000L && LAST_PROGRESS.compareAndSet(last, now)) {
            System.out.println("[claimcheck] runs: " + DONE.get() + " trained, " + BUSY.get() + " still to train");
        }
    }

    /** The value of a submitted task, or its own exception (not wrapped). */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** How many runs have finished so far: unchanged over a timing round, and the pool idle at its end, means none ran during it. */
    public static int finished() {
        return DONE.get();
    }

    /** True when no run is training or waiting for a worker: a timing measurement then has the machine to itself. */
    public static boolean idle() {
        return BUSY.get() == 0;
    }

    /** Waits until no worker trains (runs started and not waited for, e.g. by a prefetch). */
    public static void awaitIdle() {
        while (!idle()) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the run pool to fall idle", e);
            }
        }
    }

    /** Whether the workers run: from the first submit until {@link #shutdown}. */
    public static synchronized boolean started() {
        return pool != null;
    }

    /** Stops the workers once the test plan is done (a later submit starts a new pool). */
    public static synchronized void shutdown() {
        if (pool != null) {
            pool.shutdown();
            pool = null;
        }
    }

    private static synchronized ExecutorService pool() {
        if (pool == null) {
            // ND4J loads its backend and native libraries once, here, before any worker touches it.
            Nd4j.create(1);
            AtomicInteger number = new AtomicInteger();
            pool = Executors.newFixedThreadPool(workers(), runnable -> {
                Thread thread = new Thread(() -> {
                    WORKER.set(true);
                    runnable.run();
                }, THREAD_PREFIX + number.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
        }
        return pool;
    }
}
