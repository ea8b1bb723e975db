package org.claimcheck.expect;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Jackson's errors in the harness's words: which field, what is wrong with it, and where in the
 * file ("field `curves.epochLoss.points` is missing (line 12, column 5)"), instead of Jackson's
 * internal wording. The location is left out where Jackson has none.
 */
public final class JsonErrors {
    private static final Pattern MISSING = Pattern.compile("Missing (?:creator|required) property '([^']+)'");

    private JsonErrors() {
    }

    public static String describe(JsonProcessingException e) {
        String path = e instanceof JsonMappingException m ? path(m) : "";
        String original = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        Matcher missing = MISSING.matcher(original);
        String what;
        if (missing.find()) {
            what = "field `" + join(path, missing.group(1)) + "` is missing";
        } else if (e instanceof UnrecognizedPropertyException u) {
            what = "field `" + path + "` is not one this harness reads (it reads "
                    + u.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", ")) + ")";
        } else if (e instanceof InvalidFormatException f) {
            what = "field `" + path + "` is " + f.getValue() + ", not a " + f.getTargetType().getSimpleName().toLowerCase(Locale.ROOT);
        } else {
            what = original.lines().findFirst().orElse(original) + (path.isEmpty() ? "" : " (field `" + path + "`)");
        }
        return what + where(e.getLocation());
    }

    static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + (location.getColumnNr() > 0 ? ", column " + location.getColumnNr() : "") + ")";
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String join(String path, String field) {
        if (path.equals(field) || path.endsWith("." + field)) {
            return path;
        }
        return path.isEmpty() ? field : path + "." + field;
    }
}
