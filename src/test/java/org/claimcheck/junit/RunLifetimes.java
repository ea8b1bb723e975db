package org.claimcheck.junit;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimcheck.spec.RunSpec;
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
 * class is done unless a class still to come declares them (issue 21: the cache held every run and
 * band seed of a recording, most of its memory; issue 22: a run two classes declare trains once),
 * and the pool's workers stop with the test plan.
 */
public final class RunLifetimes implements TestExecutionListener {
    private TestPlan plan;
    /** The runs that test classes not done yet declare: kept in the run cache when another class is done. */
    private Map<Class<?>, Set<RunSpec>> toCome = new LinkedHashMap<>();

    public RunLifetimes() {
    }

    /** As if the plan's classes still to come declared {@code toCome}'s runs. */
    RunLifetimes(Map<Class<?>, Set<RunSpec>> toCome) {
        this.toCome = new LinkedHashMap<>(toCome);
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        toCome = declaredRuns(testPlan);
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
        test.getSource().filter(ClassSource.class::isInstance).map(source -> ((ClassSource) source).getJavaClass()).ifPresent(done -> {
            RunPool.awaitIdle();
            toCome.remove(done);
            RunCache.retainOnly(toCome.values().stream().flatMap(Set::stream).collect(Collectors.toSet()));
        });
    }

    /** The seeded runs each test class of the plan declares, in the order the plan lists them; a class leaves when it is done. */
    private static Map<Class<?>, Set<RunSpec>> declaredRuns(TestPlan plan) {
        Map<Class<?>, Set<RunSpec>> runs = new LinkedHashMap<>();
        plan.getRoots().forEach(root -> plan.getDescendants(root).stream().map(TestIdentifier::getSource).flatMap(Optional::stream)
                .filter(ClassSource.class::isInstance).map(source -> ((ClassSource) source).getJavaClass())
                .forEach(testClass -> runs.computeIfAbsent(testClass, RunLifetimes::declaredBy)));
        return runs;
    }

    private static Set<RunSpec> declaredBy(Class<?> testClass) {
        try {
            return Set.copyOf(DeclaredRuns.of(testClass));
        } catch (RuntimeException | LinkageError e) {
            return Set.of(); // the class fails on its own when it runs, with its own message
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        RunPool.shutdown();
    }
}
