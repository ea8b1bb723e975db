package org.claimcheck.junit;

import org.claimcheck.training.RunCache;
import org.claimcheck.training.RunPool;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * How long trained runs and the run pool live: a test class's runs are dropped from the run cache
 * when the class is done (issue 21: the cache held every run and band seed of a recording, most of
 * its memory), and the pool's workers stop with the test plan.
 */
public final class RunLifetimes implements TestExecutionListener {

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
