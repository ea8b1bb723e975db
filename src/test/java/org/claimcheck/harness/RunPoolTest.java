package org.claimcheck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimcheck.run.RecordedRun;
import org.claimcheck.spec.RunSpec;
import org.claimcheck.training.RunCache;
import org.claimcheck.training.RunPool;
import org.claimcheck.training.Trainer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The run pool: its setting, nested tasks, shared runs trained once, and numbers that do not depend on the worker. */
@Tag("harness")
class RunPoolTest {

    @Test
    void theWorkerCountDefaultsToTheCoresAndTakesAWholeNumber() throws Exception {
        SystemProperties.with(RunPool.PROPERTY, "", () -> assertEquals(Runtime.getRuntime().availableProcessors(), RunPool.workers()));
        SystemProperties.with(RunPool.PROPERTY, "3", () -> assertEquals(3, RunPool.workers()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-2", "two", "1.5"})
    void aBadWorkerCountNamesTheSetting(String value) throws Exception {
        SystemProperties.with(RunPool.PROPERTY, value, () -> {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, RunPool::workers);
            assertTrue(e.getMessage().startsWith("-Dclaimcheck.workers=" + value + ": "), e.getMessage());
        });
    }

    /** A timing waits for idle: a run still waiting for a worker must count, or the timing would start beside it. */
    @Test
    void aSubmittedRunCountsAsBusyFromTheMomentItIsSubmitted() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        var task = RunPool.submit(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 1;
        });
        assertFalse(RunPool.idle(), "busy before the worker even starts it");
        release.countDown();
        RunPool.join(task);
        RunPool.awaitIdle();
        assertTrue(RunPool.idle());
    }

    @Test
    void aTaskThatSubmitsAnotherRunsItInPlaceInsteadOfWaitingForAFreeWorker() {
        assertEquals(42, RunPool.join(RunPool.submit(() -> RunPool.join(RunPool.submit(() -> 42)))));
    }

    @Test
    void aTasksOwnExceptionComesBackUnwrapped() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RunPool.join(RunPool.submit(() -> { throw new IllegalStateException("diverged"); })));
        assertEquals("diverged", e.getMessage());
    }

    @Test
    void aSeededRunIsTrainedOnceAndIsTheSameOnAWorkerAsOnThisThread() {
        RunSpec spec = RunSpec.banknote(6, 6).batch(32, 2).seeds(4242L, 4343L);
        RunCache.prefetch(List.of(spec, spec));
        RecordedRun pooled = RunCache.get(spec);
        assertSame(pooled, RunCache.get(spec), "a shared run is trained once");
        RecordedRun here = Trainer.train(spec);
        assertEquals(java.util.Arrays.toString(here.epochLoss()), java.util.Arrays.toString(pooled.epochLoss()));
        assertEquals(java.util.Arrays.toString(here.wholeDataLoss()), java.util.Arrays.toString(pooled.wholeDataLoss()));
        assertTrue(RunPool.idle());
    }
}
