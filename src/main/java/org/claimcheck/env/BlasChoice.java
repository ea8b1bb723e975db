package org.claimcheck.env;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which OpenBLAS kernel the CPU backend must run: {@value #PROPERTY}={@code Haswell} (the
 * default, set by the build), another kernel name, or {@code auto} (OpenBLAS chooses by CPU
 * model, as it does without the harness). The build passes the pinned name to the test JVM as
 * OPENBLAS_CORETYPE; this record checks, before and after OpenBLAS loads, that the pin can hold
 * and did.
 *
 * @param pinned the kernel asked for; empty for auto
 */
public record BlasChoice(Optional<BlasKernel> pinned) {
    public static final String PROPERTY = "claimcheck.blas.core";
    public static final String AUTO = "auto";

    public static BlasChoice auto() {
        return new BlasChoice(Optional.empty());
    }

    /** Reads {@value #PROPERTY}; a JVM started without it (an IDE, a plain java command) lets OpenBLAS choose. */
    public static BlasChoice fromSystemProperty() {
        return parse(System.getProperty(PROPERTY, AUTO));
    }

    /** Strict: the build passes anything but exactly "auto" to OpenBLAS, which reads an unknown name as "choose by CPU features". */
    public static BlasChoice parse(String text) {
        if (text.equals(AUTO)) {
            return auto();
        }
        BlasKernel kernel = BlasKernel.named(text).orElseThrow(() -> new IllegalArgumentException("-D" + PROPERTY + "=" + text
                + " is not an OpenBLAS kernel: give one of " + BlasKernel.forcibleNames() + ", or auto to let OpenBLAS choose"));
        if (!kernel.forcible()) {
            throw new IllegalArgumentException("-D" + PROPERTY + "=" + text + ": OpenBLAS 0.3.19 cannot be made to run its "
                    + kernel.openBlasName() + " kernel (its OPENBLAS_CORETYPE lookup stops one name short of it, and an unknown name"
                    + " silently falls back to a kernel chosen by CPU features); give one of " + BlasKernel.forcibleNames() + ", or auto");
        }
        return new BlasChoice(Optional.of(kernel));
    }

    /** Why this CPU cannot run the pinned kernel, naming the kernel, the CPU and the setting; empty when it can. */
    public Optional<String> cannotRunOn(String cpuModel, Set<String> cpuFlags) {
        if (pinned.isEmpty()) {
            return Optional.empty();
        }
        List<String> missing = pinned.get().missingFlags(cpuFlags);
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("This CPU (" + cpuModel + ") cannot run OpenBLAS's " + pinned.get().openBlasName() + " kernel, which -D"
                + PROPERTY + " pins so that results are bit-for-bit comparable across machines: it lacks the CPU flags "
                + String.join(", ", missing) + ". Pin a kernel this CPU can run (-D" + PROPERTY + "=NAME with one of "
                + runnableNames(cpuFlags) + "; golden values apply only to the kernel they were recorded with, and runs with another"
                + " kernel are judged by the bands alone), or -D" + PROPERTY + "=auto to let OpenBLAS choose.");
    }

    /** What OpenBLAS reported after loading against what was pinned: a message when they differ (a one-kernel build, arm64's, has nothing to pin). */
    public Optional<String> notHonouredBy(BlasKernel active) {
        if (pinned.isEmpty() || pinned.get() == active || !active.forcible()) {
            return Optional.empty();
        }
        return Optional.of("-D" + PROPERTY + "=" + pinned.get().openBlasName() + " pins OpenBLAS's " + pinned.get().openBlasName()
                + " kernel, but the OpenBLAS loaded in this JVM runs " + active.openBlasName() + ". The build passes the pin as the"
                + " environment variable OPENBLAS_CORETYPE to the test JVM: run the tests through Maven (mvn test), or set"
                + " OPENBLAS_CORETYPE=" + pinned.get().openBlasName() + " for a JVM started another way.");
    }

    static String runnableNames(Set<String> cpuFlags) {
        return String.join(", ", java.util.Arrays.stream(BlasKernel.values())
                .filter(k -> k.forcible() && k.missingFlags(cpuFlags).isEmpty()).map(BlasKernel::openBlasName).toList());
    }

    /** As the setting is written: the kernel's name, or auto. */
    public String text() {
        return pinned.map(BlasKernel::openBlasName).orElse(AUTO);
    }

    @Override
    public String toString() {
        return text().toLowerCase(Locale.ROOT);
    }
}
