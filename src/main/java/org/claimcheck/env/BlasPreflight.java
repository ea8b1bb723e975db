package org.claimcheck.env;

import java.util.Optional;

/**
 * Run by Maven before the CPU tests (no ND4J loaded): stops the build with one message when
 * {@code -Dclaimcheck.blas.core} names no OpenBLAS kernel, or one this CPU cannot run, instead
 * of a test JVM killed by an illegal instruction. Arguments: the setting's value, and the backend
 * the build tests (nothing to check for gpu: the CUDA path does not use OpenBLAS). With
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
        BlasChoice choice = BlasChoice.parse(args.length > 0 ? args[0] : BlasChoice.AUTO);
        Cpu cpu = Cpu.ofThisMachine();
        Optional<String> problem = choice.cannotRunOn(cpu.model(), cpu.flags());
        if (problem.isPresent()) {
            throw new IllegalStateException("claimcheck: " + problem.get());
        }
        System.out.println("claimcheck: OpenBLAS kernel pinned to " + choice.text() + " (-D" + BlasChoice.PROPERTY + "); this CPU ("
                + cpu.model() + ") can run it");
    }
}
