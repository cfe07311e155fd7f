package org.valuematrix.spaces.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.ws.rs.core.Response;
import org.valuematrix.rest.BadRequestException;
import org.valuematrix.rest.JsonBody;
import org.valuematrix.rest.Responses;
import org.valuematrix.spaces.Finding;
import org.valuematrix.spaces.SpaceRequest;
import org.valuematrix.spaces.SpaceStage;
import org.valuematrix.spaces.StageChange;
import org.valuematrix.spi.Messages;

/** The JSON bodies of the spaces resource, read field by field: a wrong type names its field. */
final class SpaceBodies {
    private static final Set<String> CREATE = Set.of("template", "key", "name", "team", "internalGroup", "moderators",
            "externalGroups", "expiresOn", "overrideReason");
    private static final Set<String> STAGE = Set.of("stage", "reason", "confirm", "expiresOn");
    private static final int MAX_LIST = 50;

    private SpaceBodies() {
    }

    static SpaceRequest create(JsonNode n) {
        JsonBody.requireObject(n, CREATE);
        return new SpaceRequest(text(n, "template"), text(n, "key"), text(n, "name"), text(n, "team"),
                text(n, "internalGroup"), list(n, "moderators"), list(n, "externalGroups"), date(n, "expiresOn"),
                text(n, "overrideReason"));
    }

    static StageChange stage(JsonNode n) {
        JsonBody.requireObject(n, STAGE);
        String stageText = text(n, "stage");
        SpaceStage stage = SpaceStage.parse(stageText)
                .orElseThrow(() -> BadRequestException.of("stage", "must be rehearsal, invited or public"));
        JsonNode confirm = n.get("confirm");
        if (confirm != null && !confirm.isNull() && !confirm.isBoolean()) {
            throw BadRequestException.of("confirm", "must be true or false");
        }
        String reason = text(n, "reason");
        if (reason != null && reason.length() > 1000) {
            throw BadRequestException.of("reason", "must be at most 1000 characters");
        }
        return new StageChange(stage, reason, confirm != null && confirm.booleanValue(), date(n, "expiresOn"));
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw BadRequestException.of(field, "must be a string");
        }
        return v.textValue();
    }

    private static List<String> list(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray() || v.size() > MAX_LIST) {
            throw BadRequestException.of(field, "must be a list of at most " + MAX_LIST + " strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isTextual()) {
                throw BadRequestException.of(field, "must be a list of strings");
            }
            out.add(item.textValue());
        }
        return out;
    }

    private static LocalDate date(JsonNode n, String field) {
        String text = text(n, field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw BadRequestException.of(field, "must be a date, e.g. 2027-06-30");
        }
    }

    /** @return the refusals' sentences as the REST error body, each field named by its first refusal */
    static Response refusal(int status, List<Finding> findings, Messages messages) {
        List<String> sentences = new ArrayList<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.level() == Finding.Level.REFUSED) {
                String m = f.message(messages);
                sentences.add(m);
                errors.putIfAbsent(f.field(), m);
            }
        }
        return Responses.error(status, sentences, errors);
    }
}
