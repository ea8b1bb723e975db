package org.claimcheck.junit;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimcheck.training.RunCache;
import org.claimcheck.training.RunPool;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * How long trained runs and the run pool live: a {@link TrainsAhead} class's runs start together
 * when the whole class is selected, a test class's runs are dropped from the run cache when the
 * class is done (issue 21: the cache held every run and band seed of a recording, most of its
 * memory), and the pool's workers stop with the test plan.
 */
public final class RunLifetimes implements TestExecutionListener {
    private TestPlan plan;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
    }

    @Override
    public void executionStarted(TestIdentifier test) {
        test.getSource().filter(ClassSource.class::isInstance).map(source -> ((ClassSource) source).getJavaClass())
                .filter(testClass -> testClass.isAnnotationPresent(TrainsAhead.class) && everyClaimSelected(testClass, test))
                .ifPresent(testClass -> RunCache.prefetch(DeclaredRuns.of(testClass)));
    }

    /** Whether the plan runs every claim test of the class (not a -Dtest=Class#method, tag or shard selection of them). */
    private boolean everyClaimSelected(Class<?> testClass, TestIdentifier classIdentifier) {
        if (plan == null) {
            return false;
        }
        Set<String> selected = plan.getChildren(classIdentifier).stream().map(TestIdentifier::getSource).flatMap(Optional::stream)
                .filter(MethodSource.class::isInstance).map(source -> ((MethodSource) source).getMethodName()).collect(Collectors.toSet());
        return Arrays.stream(testClass.getDeclaredMethods()).filter(method -> method.isAnnotationPresent(ClaimTest.class))
                .allMatch(method -> selected.contains(method.getName()));
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (test.getSource().filter(ClassSource.class::isInstance).isPresent()) {
            RunPool.awaitIdle();
            RunCache.clear();
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        RunPool.shutdown();
    }
}
