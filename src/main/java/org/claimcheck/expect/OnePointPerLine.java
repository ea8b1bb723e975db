package org.claimcheck.expect;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;

/**
 * Pretty-prints JSON so that arrays nested in arrays (curve points) stay on one line each: a
 * re-recorded band then shows in a git diff as the points that changed.
 */
final class OnePointPerLine extends DefaultPrettyPrinter {
    private int arrayDepth;

    OnePointPerLine() {
        indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
    }

    private OnePointPerLine(OnePointPerLine base) {
        super(base);
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
        return new OnePointPerLine(this);
    }

    private boolean inline() {
        return arrayDepth >= 2;
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        arrayDepth++;
        if (inline()) {
            g.writeRaw('[');
        } else {
            super.writeStartArray(g);
        }
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        if (!inline()) {
            super.beforeArrayValues(g);
        }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        if (inline()) {
            g.writeRaw(", ");
        } else {
            super.writeArrayValueSeparator(g);
        }
    }

    @Override
    public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
        if (inline()) {
            g.writeRaw(']');
        } else {
            super.writeEndArray(g, nrOfValues);
        }
        arrayDepth--;
    }
}
