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
}
