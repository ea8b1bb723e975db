package org.claimcheck.data;

/** Data that is missing, damaged or not what a claim needs. The message says what was expected where. */
public class DataException extends RuntimeException {
    public DataException(String message) {
        super(message);
    }

    public DataException(String message, Throwable cause) {
        super(message, cause);
    }
}
