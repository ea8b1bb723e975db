package org.claimcheck.env;

import java.util.Optional;

/**
 * Run by Maven before the CPU tests (no ND4J loaded): stops the build with one message when
 * {@code -Dclaimcheck.blas.core} names no OpenBLAS kernel, or one this CPU cannot run, instead
 * of a test JVM killed by an illegal instruction. Arguments: the setting's value, the backend
 * the build tests (nothing to check for gpu: the CUDA path does not use OpenBLAS) and the native
 * platform (nothing to pin on arm64: its OpenBLAS has one kernel). With
 * {@code --runnable} it prints the kernels this CPU can run instead (for scripts/kernel-survey).
 */
public final class BlasPreflight {
    private BlasPreflight() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("--runnable")) {
            System.out.println(BlasChoice.runnableNames(Cpu.ofThisMachine().flags()).replace(",", ""));
            return;
        }
        if (args.length > 1 && Backend.parse(args[1], Backend.PROPERTY) == Backend.GPU) {
            return;
        }
        if (args.length > 2 && args[2].endsWith("-arm64")) {
            System.out.println("claimcheck: " + args[2] + ": OpenBLAS is built for one kernel (ARMV8) there, so -D" + BlasChoice.PROPERTY
                    + " pins nothing");
            return;
        }
        BlasChoice choice = BlasChoice.parse(args.length > 0 ? args[0] : BlasChoice.AUTO);
        Cpu cpu = Cpu.ofThisMachine();
        if (!cpu.flagsKnown()) {
            System.out.println("claimcheck: OpenBLAS kernel pinned to " + choice.text() + " (-D" + BlasChoice.PROPERTY + "); this system does not"
                    + " list its CPU's features (" + cpu.model() + "), so the pin is trusted. A test JVM that dies of an illegal instruction"
                    + " needs another kernel, or -D" + BlasChoice.PROPERTY + "=auto");
            return;
        }
        Optional<String> problem = choice.cannotRunOn(cpu.model(), cpu.flags());
        if (problem.isPresent()) {
            throw new IllegalStateException("claimcheck: " + problem.get());
        }
        System.out.println("claimcheck: OpenBLAS kernel pinned to " + choice.text() + " (-D" + BlasChoice.PROPERTY + "); this CPU ("
                + cpu.model() + ") can run it");
    }
}
