package org.claimcheck.junit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.claimcheck.run.RecordedRun;
import org.claimcheck.spec.RunSpec;
import org.claimcheck.training.FreshJvm;
import org.claimcheck.training.RunCache;
import org.claimcheck.training.RunPool;
import org.claimcheck.training.Trainer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Issue 21, item 4: nothing lives longer than it is needed. A test class's trained runs leave the
 * run cache when the class is done, the run pool's workers stop with the test plan, and a fresh
 * JVM's temporary folder is deleted once its run is read back.
 */
@Tag("harness")
class RunLifetimesTest {
    private static final RunSpec TINY = RunSpec.banknote(6, 6).fullBatch(2);

    @Test
    void aTestClassesRunsLeaveTheRunCacheWhenTheClassIsDone() {
        RunCache.get(TINY);
        assertTrue(RunCache.size() > 0, "the run is cached while its class runs");
        new RunLifetimes().executionFinished(TestIdentifier.from(new ClassDescriptor(RunLifetimesTest.class)), TestExecutionResult.successful());
        assertEquals(0, RunCache.size(), "runs cached after their class was done");
    }

    @Test
    void aRunThatAClassStillToComeDeclaresStaysUntilThatClassIsDone() {
        RunCache.get(TINY);
        RunLifetimes lifetimes = new RunLifetimes(java.util.Map.of(Later.class, java.util.Set.of(TINY)));
        lifetimes.executionFinished(TestIdentifier.from(new ClassDescriptor(RunLifetimesTest.class)), TestExecutionResult.successful());
        assertEquals(1, RunCache.size(), "the run a later class declares was forgotten");
        lifetimes.executionFinished(TestIdentifier.from(new ClassDescriptor(Later.class)), TestExecutionResult.successful());
        assertEquals(0, RunCache.size(), "the run outlived the last class that declares it");
    }

    /** A class still to come, which declares the tiny run as the planted regressions declare runs of claim classes. */
    static final class Later {
    }

    @Test
    void theRunPoolsWorkersStopWithTheTestPlan() {
        RunPool.join(RunPool.submit(() -> 1));
        assertTrue(RunPool.started());
        new RunLifetimes().testPlanExecutionFinished(null);
        assertFalse(RunPool.started(), "the run pool's workers outlived the test plan");
    }

    @Test
    void aFreshJvmLeavesNoTemporaryFolderBehind() throws IOException {
        List<Path> before = freshJvmFolders();
        RecordedRun run = FreshJvm.train(TINY);
        assertArrayEquals(Trainer.train(TINY).stepLoss(), run.stepLoss());
        assertEquals(before, freshJvmFolders(), "temporary folders of fresh JVMs left in " + System.getProperty("java.io.tmpdir"));
    }

    private static List<Path> freshJvmFolders() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("claimcheck-fresh-jvm")).sorted().toList();
        }
    }

    /** A test class as the launcher reports it when the class is done. */
    private static final class ClassDescriptor extends AbstractTestDescriptor {
        ClassDescriptor(Class<?> testClass) {
            super(UniqueId.forEngine("junit-jupiter").append("class", testClass.getName()), testClass.getSimpleName(),
                    ClassSource.from(testClass));
        }

        @Override
        public Type getType() {
            return Type.CONTAINER;
        }
    }
}
