package org.claimcheck.junit;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.claimcheck.claims.CaseFailed;
import org.claimcheck.claims.CaseJudgement;
import org.claimcheck.claims.CaseKind;
import org.claimcheck.claims.ClaimCase;
import org.claimcheck.claims.ClaimCheck;
import org.claimcheck.env.Backend;
import org.claimcheck.report.CaseLabels;
import org.claimcheck.report.CaseSummary;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.opentest4j.TestAbortedException;

/**
 * Runs a {@link ClaimTest}: one invocation per case × backend ({@code -Dclaimcheck.backends}).
 * Before the method it begins the case's check (report labels; a skip, with the reason, where
 * the backend is not this JVM's); it hands the method its case and check; after the method
 * returns it verifies the check, which decides the verdict.
 */
public final class ClaimCheckExtension implements TestTemplateInvocationContextProvider {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ClaimCheckExtension.class);

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getTestMethod().map(m -> m.isAnnotationPresent(ClaimTest.class)).orElse(false);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        Method method = context.getRequiredTestMethod();
        ClaimTest annotation = method.getAnnotation(ClaimTest.class);
        List<? extends CaseKind> cases = cases(method, annotation);
        return Backend.withCases().stream().flatMap(backend -> cases.stream()
                .map(kind -> (TestTemplateInvocationContext) new Invocation(new ClaimCase(annotation.value().claim(), kind, backend))));
    }

    /** The constants of the method's case enum, or the method's single case. */
    static List<? extends CaseKind> cases(Method method, ClaimTest annotation) {
        Optional<Class<?>> caseType = caseType(method);
        if (caseType.isPresent()) {
            if (!annotation.title().isEmpty()) {
                throw new IllegalStateException(method + ": a method with a case type takes its titles from it, not from @ClaimTest(title)");
            }
            return Arrays.stream(caseType.get().getEnumConstants()).map(CaseKind.class::cast).toList();
        }
        if (annotation.title().isEmpty()) {
            throw new IllegalStateException(method + " has no case type, so @ClaimTest needs a title for its single case");
        }
        return List.of(new CaseKind.OfMethod(method.getName(), annotation.title()));
    }

    static Optional<Class<?>> caseType(Method method) {
        List<Class<?>> types = Arrays.stream(method.getParameters()).map(Parameter::getType)
                .filter(type -> type.isEnum() && CaseKind.class.isAssignableFrom(type)).distinct().toList();
        if (types.size() > 1) {
            throw new IllegalStateException(method + " has more than one case type: " + types);
        }
        return types.stream().findFirst();
    }

    private record Invocation(ClaimCase claimCase) implements TestTemplateInvocationContext {
        @Override
        public String getDisplayName(int invocationIndex) {
            return claimCase.toString();
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new CaseLifecycle(claimCase));
        }
    }

    private static final String START = "start nanos";

    /** Begins the check before the method, resolves its parameters, verifies after it. */
    private record CaseLifecycle(ClaimCase claimCase) implements BeforeTestExecutionCallback, ParameterResolver, AfterTestExecutionCallback {
        @Override
        public void beforeTestExecution(ExtensionContext context) {
            Optional<String> notHere = CaseLabels.label(claimCase, AllureCaseReport.INSTANCE);
            if (notHere.isPresent()) {
                throw new TestAbortedException(notHere.get());
            }
            ClaimCheck check = new ClaimCheck(claimCase, context.getRequiredTestClass(), new SharedStore(context.getRoot().getStore(NAMESPACE)),
                    AllureCaseReport.INSTANCE);
            context.getStore(NAMESPACE).put(ClaimCheck.class, check);
            context.getStore(NAMESPACE).put(START, System.nanoTime());
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            Class<?> type = parameter.getParameter().getType();
            return type == ClaimCheck.class || type.isInstance(claimCase.kind());
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == ClaimCheck.class ? check(context) : claimCase.kind();
        }

        @Override
        public void afterTestExecution(ExtensionContext context) {
            Long start = context.getStore(NAMESPACE).get(START, Long.class);
            if (start == null) {
                return; // skipped before it began: not this JVM's backend
            }
            Optional<Throwable> thrown = context.getExecutionException();
            if (thrown.isPresent()) {
                broke(thrown.get(), start);
                return;
            }
            CaseJudgement judgement;
            try {
                ClaimCheck check = check(context);
                judgement = check.verify();
                CaseSummary.write(check.record(), AllureCaseReport.INSTANCE);
            } catch (RuntimeException | Error e) {
                broke(e, start);
                throw e;
            }
            Progress.finished(claimCase, judgement.outcome(), judgement.verdictText(), start);
            switch (judgement.outcome().status()) {
                case FAILED -> throw new CaseFailed(judgement.outcome(), judgement.message());
                case SKIPPED -> throw new TestAbortedException(judgement.outcome().prefix() + judgement.message());
                case PASSED -> {
                }
            }
        }

        /** A case that broke still gets its line, its row in claims.md and its result file, saying why. */
        private void broke(Throwable error, long start) {
            Progress.broke(claimCase, error, start);
            CaseSummary.broken(claimCase, error);
        }

        private static ClaimCheck check(ExtensionContext context) {
            return context.getStore(NAMESPACE).get(ClaimCheck.class, ClaimCheck.class);
        }
    }

    /** Per-JVM measurements and runs shared by several cases live in JUnit's root store. */
    private record SharedStore(ExtensionContext.Store store) implements org.claimcheck.claims.SharedValues {
        @Override
        public <T> T once(String key, Class<T> type, java.util.function.Supplier<T> compute) {
            return store.getOrComputeIfAbsent(key, k -> compute.get(), type);
        }
    }
}
