package org.claimcheck.claims;

/** One relation a claim test checked: the sentence a reader recognises, whether it held, and the numbers. */
public record Finding(String sentence, boolean holds, String evidence) {

    public String line() {
        return (holds ? "HOLDS         " : "CONTRADICTED  ") + statement();
    }

    /** The sentence and its numbers, without the verdict. */
    public String statement() {
        return sentence + " — " + evidence;
    }

    /** The findings' lines, one per finding: a case's evidence. */
    public static String lines(java.util.List<Finding> findings) {
        return findings.stream().map(Finding::line).collect(java.util.stream.Collectors.joining("\n"));
    }
}
