package org.claimcheck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimcheck.expect.RecordMode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("harness")
class RecordModeTest {
    @Test
    void recordingHappensOnlyOnRequest() {
        assertEquals(RecordMode.OFF, RecordMode.parse(""));
        assertEquals(RecordMode.MISSING, RecordMode.parse("missing"));
        assertEquals(RecordMode.FAILING, RecordMode.parse("FAILING"));
        assertEquals(RecordMode.ALL, RecordMode.parse(" all "));
    }

    @Test
    void aBadValueNamesThePropertyAndTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RecordMode.parse("everything"));
        assertTrue(e.getMessage().contains("-Dclaimcheck.record=everything"), e.getMessage());
        assertTrue(e.getMessage().contains("missing") && e.getMessage().contains("all"), e.getMessage());
    }
}
