package org.claimcheck.junit;

import io.qameta.allure.listener.TestLifecycleListener;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Parameter;
import io.qameta.allure.model.TestResult;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.claimcheck.env.Backend;
import org.claimcheck.report.ResultSet;

/**
 * Makes the backend and the result set part of every Allure result's identity. Allure's JUnit
 * adapter derives a result's history id from the JUnit unique id alone, so the same test run on
 * the CPU and the GPU, or on two machines, would collapse into "retries" of one test in a
 * merged report. Here each backend and set is its own parent suite ("cpu · cpu-openblas-haswell") and
 * the history id includes both. A claim test's method arguments (arg0, arg1) are dropped from its parameters.
 * Registered through META-INF/services.
 */
public final class ResultIdentity implements TestLifecycleListener {

    @Override
    public void beforeTestWrite(TestResult result) {
        String backend = result.getParameters().stream().filter(p -> "backend".equals(p.getName())).map(Parameter::getValue)
                .findFirst().orElseGet(() -> Backend.requested().id());
        String set = ResultSet.name();
        result.setHistoryId(md5(result.getHistoryId() + "|" + backend + "|" + set));
        result.getLabels().removeIf(label -> "parentSuite".equals(label.getName()) || "host".equals(label.getName()));
        result.getLabels().add(new Label().setName("parentSuite").setValue(backend + " · " + set));
        result.getLabels().add(new Label().setName("host").setValue(set));
        if (result.getParameters().stream().anyMatch(p -> "claim".equals(p.getName()))) {
            // Allure's JUnit adapter adds the method's arguments as arg0, arg1: a claim test's case enum and its
            // ClaimCheck, which the claim, case and backend parameters already say in words.
            result.getParameters().removeIf(p -> p.getName().matches("arg\\d+"));
        }
        if (result.getParameters().stream().noneMatch(p -> "result set".equals(p.getName()))) {
            result.getParameters().add(new Parameter().setName("result set").setValue(set));
        }
    }

    static String md5(String text) {
        try {
            return new BigInteger(1, MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8))).toString(16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no MD5", e);
        }
    }
}
